// Shared checks: generated MDX must parse back, with both MDX parsers, to exactly the tree written.
import { isDeepStrictEqual } from 'node:util';
import type { Root } from 'mdast';
import { mdxToMdast, type Features } from 'satteri';
import type { Plan, Unit } from '../../src/ingest/model.ts';
import type { PlanDoc, PlanPage } from '../../src/core/schema/index.ts';
import { siteUrls } from '../../src/core/urls.ts';
import { layoutPlan } from '../../src/publish/layout.ts';
import type { PageLinks } from '../../src/mdx/tree.ts';
import { pageToMdx } from '../../src/mdx/index.ts';
import { pageTree } from '../../src/mdx/tree.ts';
import { bare, canonical, inertnessProblems, parseMdxBody, splitFrontmatter } from '../../src/mdx/verify.ts';

/** Hostile strings a plan's text may contain; every one must come out as the same text. */
export const HOSTILE = [
  '{process.exit(1)}',
  '{',
  '}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</Unit>',
  '<Unit id="x">',
  'import fs from "node:fs"',
  'import{a} from "b"',
  'import\tz from "zz"',
  'export const y = 2;',
  'export default function(){}',
  'export\tconst x = 1',
  'importance 重要',
  'export-oriented 外向型',
  '  \t  leading spaces and tab',
  'trailing spaces  \t',
  '\t',
  '   ',
  '\u3000\u3000全角空格缩进',
  '1. 坚持党的领导。',
  '1) item',
  '- dash',
  '+ plus',
  '* star',
  '> quote',
  '---',
  '***',
  '___',
  '===',
  '# heading',
  '###### h6',
  '<!-- comment',
  '-->',
  '<![CDATA[x]]>',
  '<?php ?>',
  '[link](javascript:alert(1))',
  '![img](x)',
  '[ref]: http://x',
  '[^1]',
  'javascript:alert(document.cookie)',
  '<javascript:alert(1)>',
  '<http://example.com>',
  'a & b &amp; &lt;tag&gt; &#65; &#x41; &copy &nbsp;',
  'back\\slash \\* \\{ \\\\ end\\',
  '*emph* _emph_ **strong** __strong__',
  '`code` ``code``',
  '```js',
  '~~~',
  '~~strike~~ ~sub~',
  '| a | b |',
  '|---|---|',
  '$x$ $$y$$',
  ':::note',
  '[[wiki]]',
  '"十四五" \'single\' -- --- ... it\'s',
  '“十四五”规划——全面推进…',
  'a\rb',
  'a\r# b',
  'a\r\rexport const r = 1',
  '\u2028\u2029\u0085',
  '\u200b\ufeff\u00a0',
  '😀𠀀',
  '〔责任单位：市市场监管局牵头，市发改委按职责分工负责〕',
  '${x} `${y}`',
  '<>',
  '< b',
  'a<b',
  '&',
  '&#0;',
];

/** A unit with every field settable; defaults make a plain section. */
export function unit(id: string, over: Partial<Unit> = {}): Unit {
  return {
    id,
    kind: 'section',
    marker: 'cn',
    label: '一、',
    number: 1,
    title: '',
    text: '',
    line: 1,
    path: '一、',
    responsibility: null,
    citations: [],
    children: [],
    ...over,
  };
}

/** The smallest plan that pageToMdx needs. */
export function plan(slug: string, body: Unit[]): Plan {
  return {
    slug,
    meta: {
      title: '',
      region: '',
      regionCode: '',
      regionPath: [],
      issuer: '',
      docNumber: '',
      date: '',
      period: { from: null, to: null },
      kind: '',
      publishedAt: '', indexNo: '', topicClass: '', validity: '',
      infoSource: '',
      reviewer: '',
      recipients: '',
      copyTo: '',
      printedBy: '',
      printedDate: '',
    },
    source: { file: 'x.txt', format: 'txt', bytes: 0, sha256: '', startLine: 1, endLine: 1 },
    notice: null,
    stripped: [],
    body,
    indicators: [],
    warnings: [],
  };
}

/** The published (laid-out) form of a test plan, at the domain root. */
export function doc(p: Plan): PlanDoc {
  return layoutPlan(p, siteUrls('/'));
}

/** A one-page plan's page, with a title of the test's choosing. */
export function onePage(d: PlanDoc, title = '全文', over: Partial<PlanPage> = {}): PlanPage {
  return { ...d.pages[0], title, ...over };
}

/** Generated MDX of a plan's page plus the tree it claims to encode (frontmatter removed). */
export function render(p: Plan, title?: string, links?: PageLinks, over: Partial<PlanPage> = {}): { mdx: string; yaml: string; body: string; expected: Root } {
  const d = doc(p);
  const page = onePage(d, title, over);
  const mdx = pageToMdx(d, page, links);
  const { yaml, body } = splitFrontmatter(mdx);
  const expected = pageTree(d, page, links);
  expected.children = expected.children.filter((c) => c.type !== 'yaml');
  return { mdx, yaml, body, expected };
}

/** Features of Sätteri as Astro runs it by default (GFM and smart punctuation on) minus GFM. */
export const SATTERI_ASTRO: Features = { gfm: false, smartPunctuation: true, frontmatter: true };

/** Parses with Sätteri (Astro's default MDX compiler). */
export function parseSatteri(body: string, features: Features = SATTERI_ASTRO): Root {
  return mdxToMdast(body, { features, position: false }) as unknown as Root;
}

/** Both parsers read `body` back as `expected`, and nothing in it is code or markup. */
export function checkRoundTrip(body: string, expected: Root, features: Features = SATTERI_ASTRO): void {
  const js = bare(parseMdxBody(body));
  const problemsJs = inertnessProblems(js);
  if (problemsJs.length) throw new Error(`JS parser: ${problemsJs.join(', ')}\n${body}`);
  assertSame(canonical(js), canonical(bare(expected)), 'JS parser', body);
  const sat = bare(parseSatteri(body, features));
  const problemsSat = inertnessProblems(sat);
  if (problemsSat.length) throw new Error(`Sätteri: ${problemsSat.join(', ')}\n${body}`);
  assertSame(canonical(sat), canonical(bare(expected)), 'Sätteri', body);
}

function assertSame(actual: unknown, expected: unknown, who: string, body: string): void {
  if (isDeepStrictEqual(actual, expected)) return;
  const at = firstDifference(expected, actual);
  throw new Error(`${who} round trip differs at ${at.path}\nexpected ${JSON.stringify(at.expected)?.slice(0, 600)}\nactual   ${JSON.stringify(at.actual)?.slice(0, 600)}\nsource:\n${body}`);
}

/** Where two trees first differ, for a readable failure. */
function firstDifference(expected: unknown, actual: unknown, path = '$'): { path: string; expected: unknown; actual: unknown } {
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object' && Array.isArray(expected) === Array.isArray(actual)) {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    for (const k of new Set([...Object.keys(e), ...Object.keys(a)])) if (!isDeepStrictEqual(e[k], a[k])) return firstDifference(e[k], a[k], `${path}.${k}`);
  }
  return { path, expected, actual };
}
