// The outline follows the reader: the division being read is marked (aria-current="location") in the
// sidebar and the phone drawer, its folded ancestors open, the sidebar scrolls to keep it in view, and
// the reading bar names it.

/** Starts following the scroll position of `article` in the outline `toc`. */
export function watchOutline(article: HTMLElement, toc: HTMLElement, where: HTMLElement | null): void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const a of toc.querySelectorAll<HTMLAnchorElement>('a[data-toc]')) links.set(a.dataset.toc!, a);
  const heads = [...article.querySelectorAll<HTMLElement>('.unit')].filter((u) => links.has(u.id));
  if (!heads.length) return;
  let marked: HTMLAnchorElement | null = null;
  let queued = false;

  const update = () => {
    queued = false;
    // The division being read: the last whose top has passed below the reading bar.
    const line = (document.querySelector<HTMLElement>('.reader-bar')?.offsetHeight ?? 0) + 16;
    let here: HTMLElement | null = null;
    for (const h of heads) {
      if (h.getBoundingClientRect().top > line) break;
      here = h;
    }
    const link = here ? links.get(here.id)! : null;
    if (link === marked) return;
    if (marked) {
      marked.classList.remove('is-current');
      if (marked.getAttribute('aria-current') === 'location') marked.removeAttribute('aria-current');
    }
    marked = link;
    if (where) where.textContent = link?.textContent ?? '';
    if (!link) return;
    link.classList.add('is-current');
    if (!link.hasAttribute('aria-current')) link.setAttribute('aria-current', 'location');
    for (let d = link.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    // Keep the mark in view inside the sidebar (which scrolls on its own), never scrolling the page.
    if (toc.scrollHeight > toc.clientHeight) {
      const top = link.getBoundingClientRect().top - toc.getBoundingClientRect().top + toc.scrollTop;
      if (top < toc.scrollTop + 40 || top > toc.scrollTop + toc.clientHeight - 60) toc.scrollTop = top - toc.clientHeight / 3;
    }
  };
  const queue = () => {
    if (!queued) requestAnimationFrame(update);
    queued = true;
  };
  addEventListener('scroll', queue, { passive: true });
  addEventListener('resize', queue);
  update();
}
