// Clause tools on plan body pages: one shared toolbar (复制链接 / 引用) that follows hover, focus and a tap
// on a clause, deep-link marking, links to clauses that no longer exist, the outline that follows the
// reader, and closing the phone outline drawer after a jump. The citation panel and the missing-link
// notice load only when needed.
import { watchOutline } from './outline-spy.ts';

const root = document.documentElement;
root.classList.add('js');
const article = document.querySelector<HTMLElement>('.plan-text');
const live = document.querySelector<HTMLElement>('[data-live]');

/** Announces a short message in the live region. */
function say(msg: string): void {
  if (live) live.textContent = msg;
}

/** Absolute URL of a unit on this page. */
function unitUrl(id: string): string {
  return `${location.origin}${location.pathname}#${encodeURIComponent(id)}`;
}

/** Writes text to the clipboard and announces the result. */
async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    say(done);
  } catch {
    say('复制失败，请手动复制：' + text);
  }
}

// The toolbar is created once and moved into the .unit-meta of the unit being hovered, focused or tapped.
const bar = document.createElement('span');
bar.className = 'unit-tools';
bar.innerHTML = '<button type="button" data-act="copy">复制链接</button><button type="button" data-act="cite" aria-expanded="false">引用</button>';
let current: HTMLElement | null = null;

/** Moves the toolbar to the given unit. */
function attach(unit: HTMLElement | null): void {
  if (!unit || unit === current) return;
  const meta = unit.querySelector<HTMLElement>(':scope > .unit-meta');
  if (!meta) return;
  meta.append(bar);
  current = unit;
}

/** Marks one unit as picked by a tap (phones show its tools and links). */
function select(unit: HTMLElement | null): void {
  document.querySelectorAll('.unit.is-selected').forEach((u) => u !== unit && u.classList.remove('is-selected'));
  unit?.classList.toggle('is-selected');
  attach(unit);
}

if (article) {
  article.addEventListener('mouseover', (e) => attach((e.target as Element).closest<HTMLElement>('.unit')));
  article.addEventListener('focusin', (e) => attach((e.target as Element).closest<HTMLElement>('.unit')));
  article.addEventListener('click', (e) => {
    const t = e.target as Element;
    // Links, buttons and folding controls do their own thing; a tap on text picks its clause.
    if (t.closest('a, button, summary, input, label, .cite-panel')) return;
    if (getSelection()?.toString()) return;
    select(t.closest<HTMLElement>('.unit'));
  });
  bar.addEventListener('click', (e) => {
    const btn = (e.target as Element).closest<HTMLButtonElement>('button[data-act]');
    if (!btn || !current) return;
    if (btn.dataset.act === 'copy') void copy(unitUrl(current.id), '链接已复制');
    else {
      const unit = current;
      void import('./cite-panel.ts').then((m) => m.toggleCitePanel(unit, article, btn, { url: unitUrl(unit.id), copy, say }));
    }
  });
}

/** Marks the unit or table row named by the URL hash and opens any folded ancestors; a hash naming no
 * element is looked up in the plan's id history. */
function markTarget(): void {
  document.querySelectorAll('.is-target').forEach((el) => el.classList.remove('is-target'));
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || id === 'top' || id === 'main') return;
  const el = document.getElementById(id);
  if (!el) {
    if (article?.dataset.ids) void import('./anchor-missing.ts').then((m) => m.explainMissing(id, article));
    return;
  }
  el.classList.add('is-target');
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  el.scrollIntoView({ block: 'start' });
}
markTarget();
window.addEventListener('hashchange', markTarget);

// Close the phone drawer when an outline link is followed.
const toggle = document.getElementById('toc-toggle') as HTMLInputElement | null;
const toc = document.getElementById('toc');
toc?.addEventListener('click', (e) => {
  if (toggle && (e.target as Element).closest('a')) toggle.checked = false;
});
if (article && toc) watchOutline(article, toc, document.querySelector<HTMLElement>('[data-where]'));
