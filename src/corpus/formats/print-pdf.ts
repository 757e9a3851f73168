// Prints a page to PDF in a browser the caller has launched (Chromium through playwright-core, as the
// browser tests do): a real text layer with line breaks from layout, a running header with the
// title and page numbers in the footer, and tables with ruled borders.
/** What printing needs of a browser (playwright-core's Browser has it). */
export interface PrintingBrowser {
  newPage(): Promise<{
    setContent(html: string, options: { waitUntil: 'load' }): Promise<void>;
    pdf(options: Record<string, unknown>): Promise<Uint8Array>;
    close(): Promise<void>;
  }>;
}

/** PDF bytes of an HTML page as Chromium prints it on A4. */
export async function printPdf(browser: PrintingBrowser, html: string, runningTitle: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const esc = runningTitle.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    return new Uint8Array(await page.pdf({
      format: 'A4',
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:9px;width:100%;text-align:center;font-family:serif">${esc}</div>`,
      footerTemplate: '<div style="font-size:10px;width:100%;text-align:center;font-family:serif">- <span class="pageNumber"></span> -</div>',
      margin: { top: '25mm', bottom: '22mm', left: '26mm', right: '24mm' },
    }));
  } finally {
    await page.close();
  }
}
