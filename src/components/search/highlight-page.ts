// Marks the search terms (?hl=) inside the clause named by the URL hash and scrolls to it, using
// the same normalization as the index so Traditional or full-width queries still highlight.
import { formRanges } from '../../core/search/highlight.ts';
import { queryParts } from '../../core/text.ts';

/** Text nodes of a clause's own content (not of nested clauses, not of tool buttons). */
function ownTextNodes(root: HTMLElement): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(n) {
      const el = n.parentElement;
      if (!el) return NodeFilter.FILTER_REJECT;
      const nested = el.closest('.unit, tr, [id]');
      if (nested && nested !== root && root.contains(nested) && nested.matches('.unit, tr')) return NodeFilter.FILTER_REJECT;
      if (el.closest('.unit-tools, button, script, style')) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Wraps [a,b) of the concatenated node texts in <mark class="search-hl">, splitting nodes as needed. */
function wrap(nodes: Text[], ranges: [number, number][]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  let offset = 0;
  for (const node of nodes) {
    const len = node.data.length;
    const local = ranges.filter(([a, b]) => b > offset && a < offset + len).map(([a, b]) => [Math.max(a, offset) - offset, Math.min(b, offset + len) - offset]);
    for (const [a, b] of local.reverse()) {
      const mid = node.splitText(a);
      mid.splitText(b - a);
      const mark = document.createElement('mark');
      mark.className = 'search-hl';
      mid.replaceWith(mark);
      mark.append(mid);
      marks.unshift(mark);
    }
    offset += len;
  }
  return marks;
}

/** Reads ?hl= and the hash, highlights and scrolls; returns the number of marks (for tests). */
export function highlightFromUrl(): number {
  const hl = new URLSearchParams(location.search).get('hl') ?? '';
  const id = decodeURIComponent(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.querySelector<HTMLElement>('main');
  if (!hl || !target) return 0;
  const nodes = ownTextNodes(target);
  const text = nodes.map((n) => n.data).join('');
  const marks = wrap(nodes, formRanges(text, queryParts(hl)));
  target.classList.add('search-target');
  target.scrollIntoView({ block: 'start' });
  document.documentElement.dataset.searchMarks = String(marks.length);
  return marks.length;
}
