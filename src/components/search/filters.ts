// Filter keys of the clause index (see src/indexer/records.ts) and their Chinese labels.

/** Facets in display order; keys are the Pagefind filter names and the URL parameter names. */
export const FILTER_LABELS: Record<string, string> = {
  plan: '规划', region: '地区', kind: '规划类型', period: '规划期', unit: '条款类型', body: '责任单位', topic: '主题',
};

/** Active filters from URL parameters (repeated keys = several values, ORed by Pagefind's any). */
export function filtersFromUrl(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(FILTER_LABELS)) {
    const vs = params.getAll(key).filter(Boolean);
    if (vs.length) out[key] = vs;
  }
  return out;
}

/** URL query string for a query and filters (stable order, so URLs are shareable and comparable). */
export function urlForState(q: string, filters: Record<string, string[]>): string {
  const p = new URLSearchParams();
  if (q) p.set('q', q);
  for (const key of Object.keys(FILTER_LABELS)) for (const v of filters[key] ?? []) p.append(key, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Link to a hit: hl= carries the clause's matched words (search keys) for highlighting, the hash
 * the clause. */
export function hitHref(url: string, forms: string[]): string {
  const [path, hash = ''] = url.split('#');
  const hl = forms.length ? `?hl=${encodeURIComponent(forms.join(' '))}` : '';
  return `${path}${hl}${hash ? '#' + hash : ''}`;
}
