// A link whose #id names nothing on the page: the plan's id history (dist/data/ids/<slug>.json) says
// whether the clause moved to another page (go there), was deleted (say so, show its wording, offer the
// nearest clause that still exists), or never existed (offer the nearest clause by its id). Loaded only
// when such a link is opened.

interface IdsFile {
  urls: Record<string, string>;
  history: { id: string; status: 'changed' | 'deleted'; since: string; text: string; nearestUrl: string | null }[];
}

/** The closest existing unit by id: s3-2-p9 → s3-2 → s3. */
function nearestById(id: string): HTMLElement | null {
  const parts = id.split('-');
  while (parts.length > 1) {
    parts.pop();
    const el = document.getElementById(parts.join('-'));
    if (el) return el;
  }
  return null;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  return e;
}

/** A link to a unit, labelled with its citation path. */
function unitLink(href: string, label: string): HTMLAnchorElement {
  const a = el('a', label);
  a.href = href;
  return a;
}

/** Explains a missing #id at the top of the article (or follows it to its new page). */
export async function explainMissing(id: string, article: HTMLElement): Promise<void> {
  let ids: IdsFile | null = null;
  try {
    const res = await fetch(article.dataset.ids!);
    if (res.ok) ids = (await res.json()) as IdsFile;
  } catch {
    // Offline or no history published: fall back to the nearest id on the page.
  }
  const now = ids?.urls[id];
  if (now && new URL(now, location.href).pathname !== location.pathname) {
    location.replace(now);
    return;
  }
  document.querySelector('.anchor-missing')?.remove();
  const box = el('div');
  box.className = 'anchor-missing';
  box.setAttribute('role', 'alert');
  const event = ids?.history.filter((e) => e.id === id && e.status === 'deleted').at(-1);
  const near = nearestById(id);
  if (event) {
    box.append(el('p', `链接指向的条目（#${id}）已于 ${event.since} 从本规划中删除。`));
    const old = el('details');
    old.append(el('summary', '查看删除前的文字'), el('p', event.text));
    box.append(old);
  } else {
    box.append(el('p', `本页没有链接指向的条目（#${id}）。链接可能有误，或规划已更新。`));
  }
  const target = event?.nearestUrl ? { href: event.nearestUrl, label: document.getElementById(event.nearestUrl.split('#')[1] ?? '')?.dataset.path } : near ? { href: `#${near.id}`, label: near.dataset.path } : null;
  if (target) {
    const p = el('p', '最近的现存条目：');
    p.append(unitLink(target.href, target.label || '前往'));
    box.append(p);
  }
  const h1 = article.querySelector('h1');
  (h1 ?? article.firstElementChild)?.after(box);
  box.scrollIntoView({ block: 'start' });
}
