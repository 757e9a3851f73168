// Files that must not become plans, made by the tests: a password-protected PDF, a scanned PDF with
// no text layer, a corrupt .docx, legacy Word files and a web page that holds no plan.
import type { Browser } from 'playwright-core';
import { printPdf } from '../../src/corpus/formats/print-pdf.ts';

export /** A minimal PDF whose trailer names a standard security handler (RC4, revision 2) with a user
 * password, as a password-protected file does. */
function encryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -44 >>`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A PDF of drawn shapes only, as a scan is: no text layer. */
export function scannedPdf(browser: Browser): Promise<Uint8Array> {
  return printPdf(browser, '<!DOCTYPE html><html><body><canvas id="c" width="600" height="300"></canvas><script>const g=document.getElementById("c").getContext("2d");g.fillRect(20,20,400,30);g.fillRect(20,80,300,30);</script></body></html>', '');
}

/** Bad seeds by file name (the scanned PDF needs a browser). */
export async function badSeeds(browser: Browser): Promise<Record<string, Uint8Array>> {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  return {
    'locked.pdf': encryptedPdf(),
    'scan.pdf': await scannedPdf(browser),
    'broken.docx': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 1, 2, 3]),
    'old.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    'old.wps': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    'index.html': utf8(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>规划计划_某市人民政府</title></head><body><div class="nav"><a href="#">首页</a></div><ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="#">关于印发某市第${i + 1}个专项规划的通知</a> 2022-03-0${(i % 9) + 1}</li>`).join('')}</ul></body></html>`),
  };
}
