// The /search/ page: query and filters live in the URL; results come from the shared engine
// (src/core/search/engine.ts), so the page ranks exactly like `npm run search`.
import { preloadFilters, preloadQuery, searchClauses, type Hit, type PagefindLike, type SearchOptions, type SearchOutcome } from '../../core/search/engine.ts';
import { clauseLoader } from '../../core/search/store.ts';
import { MAX_QUERY_CHARS } from '../../core/search/query.ts';
import { FILTER_LABELS, filtersFromUrl, hitHref, urlForState } from './filters.ts';

let pagefind: Promise<PagefindLike> | null = null;

/** Loads Pagefind's own bundle once, lazily, from the built site (never bundled by Vite), with the
 * clause store beside it; also starts loading the filter chunks so the first query need not wait. */
function loadPagefind(): Promise<PagefindLike> {
  const base = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind.js`).then(async (mod) => {
    await mod.init?.();
    const pf: PagefindLike = { search: mod.search, filters: mod.filters, preload: mod.preload, clause: clauseLoader(new URL(base, location.href).href) };
    preloadFilters(pf);
    return pf;
  });
  // A failed load (offline, index missing) is not cached: the next query tries again.
  pagefind.catch(() => { pagefind = null; });
  return pagefind;
}

/** Escapes text for innerHTML. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text with [a,b) ranges wrapped in <mark>. */
function marked(text: string, ranges: [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    out += esc(text.slice(at, a)) + '<mark>' + esc(text.slice(a, b)) + '</mark>';
    at = b;
  }
  return out + esc(text.slice(at));
}

/** One result as a list item. An indicator row is one line (名称：基期 → 目标 单位（属性）), so its
 * excerpt stands alone; other clauses show their title above the excerpt. */
function hitHtml(h: Hit, i: number): string {
  const body = h.excerpt.text;
  const title = h.title && h.kind !== 'row' ? `<span class="title">${marked(h.title, h.titleRanges)}</span>` : '';
  return `<li class="sr-hit" id="hit-${i}">
    <a href="${esc(hitHref(h.url, h.forms))}">
      <span class="where"><span class="plan">${esc(h.planTitle)}</span><span class="path">${esc(h.path)}</span><span class="kind">${esc(kindLabel(h.kind))}</span></span>
      ${title}
      <p class="ex">${marked(body, h.excerpt.ranges)}</p>
    </a></li>`;
}

/** The status line: how many, and honestly what matched (typed words found nowhere, words read as
 * another spelling), or why nothing is shown. */
export function statusText(r: SearchOutcome, ms: number): string {
  const q = (xs: string[]) => xs.map((x) => `“${x}”`).join('、');
  const notes: string[] = [];
  if (r.cut) notes.push(`查询过长，只按前 ${MAX_QUERY_CHARS} 个字搜索。`);
  if (!r.hits.length) {
    const which = r.unmatched.length ? `未找到${q(r.unmatched)}的相关条款。` : '没有找到匹配的条款。';
    return notes.join('') + which + '可换个说法、减少关键词或去掉筛选条件。';
  }
  if (r.unmatched.length) notes.push(`未找到${q(r.unmatched)}，以下结果只匹配${q(r.matched)}。`);
  else if (!r.together && r.parts.length > 1) notes.push(`没有条款同时包含${q(r.matched)}，以下结果只匹配其中一部分。`);
  for (const x of r.readAs) notes.push(`“${x.typed}”按“${x.as}”匹配。`);
  return `${notes.join('')}找到 ${r.total} 条相关条款，显示前 ${r.hits.length} 条（${ms} 毫秒）。`;
}

const KINDS: Record<string, string> = { chapter: '章', section: '节', item: '条目', box: '专栏', paragraph: '段落', table: '表格', row: '指标行', plan: '规划' };
function kindLabel(k: string): string {
  return KINDS[k] ?? k;
}

/** Wires the page: input, filters, keyboard selection, URL state. */
export function startSearchPage(): void {
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const list = document.querySelector<HTMLOListElement>('[data-search-hits]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const facets = document.querySelector<HTMLElement>('[data-search-filters]');
  if (!input || !list || !status || !facets) return;
  const form = input.closest('form');
  const params = new URLSearchParams(location.search);
  let filters = filtersFromUrl(params);
  let selected = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Hits shown: one page of PAGE first (each hit is a request for its clause data); 显示更多 adds a page.
  const PAGE = 10;
  let shown = PAGE;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  // A query in the URL is cut to what the engine reads, so a huge ?q= cannot slow the page; the
  // status line says so until the user types.
  const fromUrl = [...(params.get('q') ?? input.value)];
  let urlCut = fromUrl.length > MAX_QUERY_CHARS;
  input.value = fromUrl.slice(0, MAX_QUERY_CHARS).join('');
  input.setAttribute('aria-controls', 'search-hits');

  // Results are a plain list of links (an option may not hold a link): arrow keys move focus between
  // the links, Enter follows the focused one, ArrowUp from the first returns to the box.
  const select = (i: number) => {
    const links = list.querySelectorAll<HTMLAnchorElement>('.sr-hit a');
    if (!links.length) return;
    if (i < 0) {
      selected = -1;
      input.focus();
      return;
    }
    selected = Math.min(links.length - 1, i);
    links[selected].focus();
    links[selected].scrollIntoView({ block: 'nearest' });
  };

  let facetKey = '';
  const renderFacets = (r: SearchOutcome | null) => {
    // Same counts and same active filters as last time: nothing to redraw.
    const key = JSON.stringify([r?.filters ?? null, filters]);
    if (key === facetKey) return;
    facetKey = key;
    for (const key of Object.keys(FILTER_LABELS)) {
      const box = facets.querySelector<HTMLDetailsElement>(`[data-facet="${key}"]`);
      const ul = box?.querySelector('ul');
      if (!box || !ul) continue;
      const counts = r?.filters[key] ?? {};
      const active = filters[key] ?? [];
      const values = Object.entries(counts).filter(([v, n]) => n > 0 || active.includes(v)).sort((a, b) => b[1] - a[1]);
      box.hidden = values.length === 0;
      if (active.length) box.open = true;
      ul.innerHTML = values.map(([v, n]) => `<li><label><input type="checkbox" data-key="${esc(key)}" value="${esc(v)}"${active.includes(v) ? ' checked' : ''}> <span>${esc(v)}</span><span class="n">${n}</span></label></li>`).join('');
    }
  };

  const run = async (push: boolean) => {
    const q = input.value.trim();
    const url = `${location.pathname}${urlForState(q, filters)}`;
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    const mine = ++seq;
    if (!q) {
      list.innerHTML = '';
      if (more) more.hidden = true;
      status.textContent = '输入关键词后即可搜索。';
      renderFacets(null);
      return;
    }
    status.textContent = '正在搜索…';
    delete document.documentElement.dataset.searchError;
    const t0 = performance.now();
    const timings: NonNullable<SearchOptions['timings']> = {};
    let r: SearchOutcome;
    try {
      r = await searchClauses(await loadPagefind(), q, { filters, limit: shown, timings });
    } catch (err) {
      if (mine !== seq) return;
      // Never leave the spinner text up: say what failed and how to retry.
      list.innerHTML = '';
      if (more) more.hidden = true;
      status.textContent = '搜索暂时无法使用（索引加载失败），请检查网络后重试。';
      document.documentElement.dataset.searchError = String(err instanceof Error ? err.message : err);
      return;
    }
    if (mine !== seq) return;
    const t1 = performance.now();
    list.innerHTML = r.hits.map((h, i) => hitHtml(h, i)).join('');
    if (more) more.hidden = r.total <= r.hits.length;
    selected = -1;
    renderFacets(r);
    // Timing marks (ms): Pagefind lookup, clause loading, ranking, DOM rendering, total.
    const ms = Math.round(performance.now() - t0);
    const marks: Record<string, number> = { ...timings, render: performance.now() - t1, total: performance.now() - t0 };
    status.textContent = statusText({ ...r, cut: r.cut || urlCut }, ms);
    document.documentElement.dataset.searchMs = String(ms);
    document.documentElement.dataset.searchTimings = JSON.stringify(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v * 10) / 10])));
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    urlCut = false;
    shown = PAGE;
    // Fetch the index chunks during the debounce pause, as Pagefind's own debouncedSearch does.
    const typed = input.value;
    loadPagefind().then((pf) => preloadQuery(pf, typed)).catch(() => {});
    timer = setTimeout(() => run(false), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && list.children.length) { e.preventDefault(); select(0); }
    else if (e.key === 'Escape') { input.value = ''; run(false); }
  });
  list.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); select(selected + 1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); select(selected - 1); }
  });
  list.addEventListener('focusin', (e) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.sr-hit a')];
    selected = links.indexOf(e.target as HTMLAnchorElement);
  });
  more?.addEventListener('click', () => { shown += PAGE; run(false); });
  form?.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); run(true); });
  facets.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const key = box.dataset.key;
    if (!key) return;
    const set = new Set(filters[key] ?? []);
    if (box.checked) set.add(box.value); else set.delete(box.value);
    filters = { ...filters, [key]: [...set] };
    if (!set.size) delete filters[key];
    shown = PAGE;
    run(true);
  });
  window.addEventListener('popstate', () => {
    const p = new URLSearchParams(location.search);
    input.value = p.get('q') ?? '';
    filters = filtersFromUrl(p);
    run(false);
  });
  // Warm up (wasm, index metadata, filter chunks) before the first query is typed.
  input.addEventListener('focus', () => { loadPagefind(); }, { once: true });
  if (input.value) run(false);
  else loadPagefind();
  if (!params.get('q')) input.focus();
}
