// The citation panel of one clause: the plain and GB/T 7714-2015 forms with the access date (today),
// each with a copy button, a RIS file to download, and where the numbers are explained. Loaded when a
// reader first asks to cite.
import { gbtCitation, plainCitation, risFileName, risRecord, type CiteSource } from '../core/cite.ts';

interface Tools {
  url: string;
  copy(text: string, done: string): Promise<void>;
  say(msg: string): void;
}

/** Today in the reader's time zone, YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** An element with a class and text (never HTML: titles and paths are data). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text) e.textContent = text;
  return e;
}

/** Opens the panel under the unit's tools, or closes it when it is open there. */
export function toggleCitePanel(unit: HTMLElement, article: HTMLElement, opener: HTMLButtonElement, tools: Tools): void {
  const open = document.querySelector<HTMLElement>('.cite-panel');
  const closeIt = () => {
    document.querySelector('.cite-panel')?.remove();
    opener.setAttribute('aria-expanded', 'false');
  };
  if (open) {
    const same = open.parentElement === unit;
    closeIt();
    if (same) return;
  }
  const d = article.dataset;
  const src: CiteSource = {
    title: d.planTitle ?? document.title, issuer: d.issuer ?? '', docNumber: d.docNumber ?? '', date: d.date ?? '',
    region: d.region ?? '', path: unit.dataset.path ?? '', url: tools.url, accessed: today(),
  };
  const panel = el('section', 'cite-panel');
  panel.setAttribute('aria-label', '引用本条');
  for (const [label, text] of [['一般引用', plainCitation(src)], ['GB/T 7714-2015', gbtCitation(src)]]) {
    const row = el('div', 'cp-row');
    const btn = el('button', '', '复制');
    btn.type = 'button';
    btn.setAttribute('aria-label', `复制${label}`);
    btn.addEventListener('click', () => void tools.copy(text, `${label}已复制`));
    row.append(el('p', 'cp-label', label), el('p', 'cp-text', text), btn);
    panel.append(row);
  }
  const actions = el('p', 'cp-actions');
  const ris = el('a', '', '下载 RIS');
  ris.href = `data:application/x-research-info-systems;charset=utf-8,${encodeURIComponent(risRecord(src))}`;
  ris.download = risFileName(d.slug ?? 'plan', unit.id);
  const help = el('a', '', '编号说明');
  help.href = d.help ?? '#';
  const close = el('button', '', '关闭');
  close.type = 'button';
  close.addEventListener('click', () => {
    closeIt();
    opener.focus();
  });
  actions.append(ris, help, close);
  panel.append(actions);
  panel.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      closeIt();
      opener.focus();
    }
  });
  unit.querySelector(':scope > .unit-meta')?.after(panel);
  opener.setAttribute('aria-expanded', 'true');
  panel.querySelector('button')?.focus();
  tools.say('引用格式已展开');
}
