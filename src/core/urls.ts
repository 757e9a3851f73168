// Every URL of the site, in pages and in open data, comes from here. The site may live at a domain
// root or under a sub-path (Astro `base`, e.g. /planatlas/ for a project page): paths are built
// under `base`, and absolute URLs only when the origin is configured. Browser-safe.

/** The site's URL builder for one base path. */
export interface SiteUrls {
  /** The base path, always with leading and trailing '/'. */
  base: string;
  /** A site path under the base ('plans/' → '/base/plans/'). */
  at(path: string): string;
  home(): string;
  plans(): string;
  plan(slug: string): string;
  page(slug: string, pageId: string): string;
  unit(slug: string, pageId: string, id: string): string;
  source(slug: string): string;
  /** The plan's citation as a RIS file. */
  citation(slug: string): string;
  /** Where each id of the plan leads now (dist/data/ids/<slug>.json). */
  ids(slug: string): string;
  /** The HTML site map. */
  sitemap(): string;
  /** The original seed file as published, copied into the site for download. */
  original(file: string): string;
  /** A body's page n (1-based; lists are split by plan). */
  body(id: string, page?: number): string;
  bodies(): string;
  document(id: string, page?: number): string;
  documents(): string;
  topic(id: string, page?: number): string;
  topics(): string;
  indicators(): string;
  /** A plan's indicator ledger (its indicators with status). */
  ledger(slug: string): string;
  /** One indicator's ledger page (observations, status, chart). */
  indicator(slug: string, id: string): string;
  /** A group of clauses with the same text across plans. */
  sameText(id: string, page?: number): string;
  /** One indicator group compared across every plan that has it. */
  compareGroup(id: string, page?: number): string;
  /** The status rule of the ledger, explained. */
  statusRule(): string;
  regions(): string;
  /** A region page by GB/T 2260 code. */
  region(code: string): string;
  search(query?: string): string;
  data(file?: string): string;
  /** Atom feed of all plans, newest first. */
  feed(): string;
  /** Atom feed of the plans of a region and the regions under it (GB/T 2260 code). */
  regionFeed(code: string): string;
  /** Atom feed of the plans that name a responsible body (xref body id). */
  bodyFeed(id: string): string;
  /** Atom feed of the plans that touch a topic (xref topic id). */
  topicFeed(id: string): string;
  pagefind(): string;
}

/** Normalizes a base path to '/…/' ('' and '/' give '/'). */
export function normalizeBase(base: string | undefined): string {
  const b = (base ?? '/').trim();
  return `/${b.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

/** The URL builder for a base path. */
export function siteUrls(basePath: string | undefined): SiteUrls {
  const base = normalizeBase(basePath);
  const at = (path: string) => base + path.replace(/^\/+/, '');
  const page = (slug: string, pageId: string) => at(`plans/${slug}/${pageId}/`);
  return {
    base,
    at,
    home: () => base,
    plans: () => at('plans/'),
    plan: (slug) => at(`plans/${slug}/`),
    page,
    unit: (slug, pageId, id) => `${page(slug, pageId)}#${id}`,
    source: (slug) => at(`plans/${slug}/source/`),
    citation: (slug) => at(`plans/${slug}/citation.ris`),
    ids: (slug) => at(`data/ids/${slug}.json`),
    sitemap: () => at('sitemap/'),
    original: (file) => at(`sources/${encodeURIComponent(file)}`),
    body: (id, page = 1) => at(`bodies/${id}/${page > 1 ? `${page}/` : ''}`),
    bodies: () => at('bodies/'),
    document: (id, page = 1) => at(`documents/${id}/${page > 1 ? `${page}/` : ''}`),
    documents: () => at('documents/'),
    topic: (id, page = 1) => at(`topics/${id}/${page > 1 ? `${page}/` : ''}`),
    topics: () => at('topics/'),
    indicators: () => at('indicators/'),
    ledger: (slug) => at(`indicators/${slug}/`),
    indicator: (slug, id) => at(`indicators/${slug}/${id}/`),
    statusRule: () => at('indicators/status-rule/'),
    sameText: (id, page = 1) => at(`same/${id}/${page > 1 ? `${page}/` : ''}`),
    compareGroup: (id, page = 1) => at(`indicators/compare/${id}/${page > 1 ? `${page}/` : ''}`),
    regions: () => at('regions/'),
    region: (code) => at(`regions/${code}/`),
    search: (query) => at('search/') + (query ? `?q=${encodeURIComponent(query)}` : ''),
    data: (file = '') => at(`data/${file}`),
    feed: () => at('feeds/plans.xml'),
    regionFeed: (code) => at(`feeds/regions/${code}.xml`),
    bodyFeed: (id) => at(`feeds/bodies/${id}.xml`),
    topicFeed: (id) => at(`feeds/topics/${id}.xml`),
    pagefind: () => at('pagefind/'),
  };
}

/** An absolute URL for a site path when the origin is known, else the path itself. */
export function absoluteUrl(path: string, origin: string | null | undefined): string {
  return origin ? new URL(path, origin).href : path;
}
