// The plan overview's citation box, brought up to the reader's visit: the page's own address (absolute
// even when the build did not know the site's origin) and today's date as the access date. Without
// JavaScript the forms stay as built, dated with the build date.
import { gbtCitation, plainCitation, risRecord, type CiteSource } from '../core/cite.ts';

const box = document.querySelector<HTMLElement>('[data-cite]');
if (box?.dataset.cite) {
  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const built = JSON.parse(box.dataset.cite) as CiteSource;
  const src: CiteSource = { ...built, url: new URL(built.url, location.href).href, accessed: today };
  const set = (form: string, text: string) => {
    const el = box.querySelector<HTMLElement>(`[data-form="${form}"]`);
    if (el) el.textContent = text;
  };
  set('plain', plainCitation(src));
  set('gbt', gbtCitation(src));
  const ris = box.querySelector<HTMLAnchorElement>('[data-form="ris"]');
  if (ris) ris.href = `data:application/x-research-info-systems;charset=utf-8,${encodeURIComponent(risRecord(src))}`;
  const note = box.querySelector<HTMLElement>('[data-cite-date]');
  if (note) note.textContent = `方括号中的引用日期为今天（${today}）。`;
}
