// Reshapes the rendered children of a <Unit>: its title becomes a heading or a run-in bold lead.
// Heading levels follow the heading units above (not the raw depth), so a 专栏 inside an item
// does not skip a level: headings are emitted as <h-x data-rel="n"> (n = heading ancestors
// counted so far) and resolved to <h2>…<h6> by the outermost unit.

const TITLE = /^\s*<p class="unit-title">([\s\S]*?)<\/p>/;
const CHILD = '<div class="unit ';
const PENDING = /<h-x data-rel="(\d+)"([^>]*)>([\s\S]*?)<\/h-x>/g;

/** Splits a unit's inner HTML into its own content (title shaped) and its child units. */
export function shapeUnitHtml(html: string, o: { heading: boolean; label: string }): { own: string; children: string } {
  const cut = html.indexOf(CHILD);
  let own = cut < 0 ? html : html.slice(0, cut);
  let children = cut < 0 ? '' : html.slice(cut);
  // A space follows the label unless it ends in 、 章 or a closing bracket or colon, as in print.
  const gap = /[、章）)】：:—]$/.test(o.label) ? '' : ' ';
  const label = o.label ? `<span class="unit-label">${escapeHtml(o.label)}</span>${gap}` : '';
  const h = (inner: string) => `<h-x data-rel="0" class="unit-heading">${inner}</h-x>`;
  const m = TITLE.exec(own);
  if (m) {
    const rest = own.slice(m[0].length);
    if (o.heading) {
      own = h(label + m[1]) + rest;
    } else {
      const lead = `${label}<strong class="unit-lead">${m[1]}</strong>`;
      const p = /^\s*<p>/.exec(rest);
      own = p ? `<p>${lead}${rest.slice(p[0].length)}` : `<p>${lead}</p>${rest}`;
    }
  } else if (label) {
    const p = /^\s*<p>/.exec(own);
    own = o.heading ? h(label) + own : p ? `<p>${label}${own.slice(p[0].length)}` : `<p>${label}</p>${own}`;
  }
  if (o.heading) children = children.replace(/<h-x data-rel="(\d+)"/g, (_, n) => `<h-x data-rel="${Number(n) + 1}"`);
  return { own, children };
}

/** Turns pending headings into <h2>…<h6>; `base` is the level of a heading with no heading above it. */
export function resolveHeadings(html: string, base = 2): string {
  return html.replace(PENDING, (_, rel, attrs, inner) => {
    const l = Math.min(6, base + Number(rel));
    return `<h${l}${attrs}>${inner}</h${l}>`;
  });
}

/** Escapes text for HTML element content. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
