// Shiki transformer: turns the inline style attributes Shiki writes (token colours, the <pre> background)
// into classes, so highlighted code needs no style-src 'unsafe-inline' under the site's CSP.
// The classes are defined in src/styles/global.css ("code highlighting"); tests/site/pages.test.ts
// checks that no built page carries a style attribute and that every class used here has a rule.
import type { ShikiTransformer } from 'shiki';

type Props = Record<string, unknown> & { class?: unknown; style?: unknown };

/** Class for one CSS declaration of a token's style, or null when it carries nothing to keep. */
export function declClass(prop: string, value: string): string | null {
  const v = value.trim().toLowerCase();
  if (prop === 'color' && /^#[0-9a-f]{6}([0-9a-f]{2})?$/.test(v)) return `shc-${v.slice(1)}`;
  if (prop === 'background-color' && /^#[0-9a-f]{6}([0-9a-f]{2})?$/.test(v)) return `shb-${v.slice(1)}`;
  if (prop === 'font-weight' && v === 'bold') return 'sh-bold';
  if (prop === 'font-style' && v === 'italic') return 'sh-italic';
  if (prop === 'text-decoration') return v.split(/\s+/).map((d) => `sh-${d}`).join(' ');
  if (prop === 'user-select' && v === 'none') return 'sh-noselect';
  // Astro's scrolling/wrapping of the <pre>: global.css sets overflow-x for pre.astro-code (no wrap option used).
  if (prop === 'overflow-x' || prop === 'white-space' || prop === 'word-wrap') return null;
  throw new Error(`[shiki-classes] no class for style "${prop}: ${value}"`);
}

function toClasses(props: Props): void {
  const style = typeof props.style === 'string' ? props.style : '';
  delete props.style;
  const add = style.split(';').map((d) => d.split(':')).filter((d) => d.length === 2 && d[0].trim())
    .map(([p, v]) => declClass(p.trim().toLowerCase(), v)).filter((c): c is string => !!c);
  if (!add.length) return;
  const cur = Array.isArray(props.class) ? props.class.join(' ') : typeof props.class === 'string' ? props.class : '';
  props.class = [...new Set([...cur.split(/\s+/).filter(Boolean), ...add.join(' ').split(' ')])].join(' ');
}

interface El { type: string; properties?: Props; children?: El[] }
function walk(n: El): void {
  if (n.type === 'element' && n.properties) toClasses(n.properties);
  for (const c of n.children ?? []) walk(c);
}

/** Walks the finished tree (the root hook runs after every pre/line/span hook, Astro's included). */
export const styleToClass: ShikiTransformer = {
  name: 'planatlas:style-to-class',
  root(tree) { walk(tree as unknown as El); },
};
