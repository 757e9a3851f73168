// Clause tools on plan body pages: one shared toolbar (复制链接 / 引用) that follows hover and focus,
// deep-link highlighting, and closing the phone outline drawer after a jump.

const root = document.documentElement;
root.classList.add('js');
const article = document.querySelector<HTMLElement>('.plan-text');
const live = document.querySelector<HTMLElement>('[data-live]');

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

/** Announces a short message in the live region. */
function say(msg: string): void {
  if (live) live.textContent = msg;
}

// The toolbar is created once and moved into the .unit-meta of the unit being hovered or focused.
const bar = document.createElement('span');
bar.className = 'unit-tools';
bar.innerHTML = '<button type="button" data-act="copy">复制链接</button><button type="button" data-act="cite">引用</button>';
let current: HTMLElement | null = null;

/** Moves the toolbar to the given unit. */
function attach(unit: HTMLElement | null): void {
  if (!unit || unit === current) return;
  const meta = unit.querySelector<HTMLElement>(':scope > .unit-meta');
  if (!meta) return;
  meta.append(bar);
  current = unit;
}

if (article) {
  article.addEventListener('mouseover', (e) => attach((e.target as Element).closest<HTMLElement>('.unit')));
  article.addEventListener('focusin', (e) => attach((e.target as Element).closest<HTMLElement>('.unit')));
  bar.addEventListener('click', (e) => {
    const btn = (e.target as Element).closest<HTMLButtonElement>('button[data-act]');
    if (!btn || !current) return;
    const url = unitUrl(current.id);
    if (btn.dataset.act === 'copy') void copy(url, '链接已复制');
    else void copy(`《${article.dataset.planTitle ?? document.title}》${current.dataset.path ?? ''} ${url}`, '引用已复制');
  });
}

/** Marks the unit or table row named by the URL hash and opens any folded ancestors. */
function markTarget(): void {
  document.querySelectorAll('.is-target').forEach((el) => el.classList.remove('is-target'));
  const id = decodeURIComponent(location.hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  if (!el) return;
  el.classList.add('is-target');
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  el.scrollIntoView({ block: 'start' });
}
markTarget();
window.addEventListener('hashchange', markTarget);

// Close the phone drawer when an outline link is followed.
const toggle = document.getElementById('toc-toggle') as HTMLInputElement | null;
document.getElementById('toc')?.addEventListener('click', (e) => {
  if (toggle && (e.target as Element).closest('a')) toggle.checked = false;
});
