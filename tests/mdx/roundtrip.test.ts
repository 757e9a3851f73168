// Plan text must come out of the MDX compilers as the same, inert text.
import fc from 'fast-check';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bare, parseMdxBody } from '../../src/mdx/verify.ts';
import { checkRoundTrip, HOSTILE, parseSatteri, plan, render, unit } from './helpers.ts';

const SEED = 20240611;
const RUNS = 1500;

describe('hostile strings', () => {
  it.each(HOSTILE)('as body text, title and attributes: %j', (s) => {
    const u = unit('s1', {
      label: s,
      path: s,
      title: s,
      text: `${s}\n${s}前缀\n后缀${s}`,
      responsibility: { lead: [s], others: [s, '市发改委'], raw: s },
      citations: [s],
      children: [unit('s1-1', { kind: 'item', marker: null, title: s, text: s })],
    });
    const { body, expected } = render(plan('p', [u]), s);
    checkRoundTrip(body, expected);
    checkRoundTrip(body, expected, { gfm: false, smartPunctuation: false });
  });

  it('import/export at a line start is written as a character reference', () => {
    const u = unit('s1', { text: 'export const y = 2;\nimport z from "zz"' });
    const { body } = render(plan('p', [u]), 't');
    expect(body).toContain('&#x65;xport const y = 2;');
    expect(body).toContain('&#x69;mport z from \\"zz\\"');
  });

  it('Sätteri compiles hostile text to a module with no code of its own', () => {
    const units = HOSTILE.map((s, i) => unit(`s${i}`, { title: s, text: s, label: s, responsibility: { lead: [s], others: [], raw: s } }));
    const { body } = render(plan('p', units), 't');
    const { code } = mdxToJs(body, { jsxImportSource: 'astro', features: { gfm: false, smartPunctuation: false } });
    const imports = code.split('\n').filter((l) => /^\s*(import|export)\b/.test(l));
    expect(imports.length).toBe(2);
    expect(imports[0]).toMatch(/^import \{[\w ,]+\} from "astro\/jsx-runtime";$/);
    expect(imports[1]).toBe('export default MDXContent;');
    expect(code).not.toMatch(/process\.exit\(1\)\s*[;,)]/);
    expect(code).not.toContain('_components.script');
    expect(code).not.toContain('_components.a');
  });
});

// Pieces that mean something to Markdown, MDX, JSX, HTML, YAML or SmartyPants, plus CJK text.
const PIECES = [
  '{', '}', '<', '>', '/', '\\', '*', '_', '#', '|', '[', ']', '(', ')', '`', '~', '!', '&', ';', '"', "'",
  '-', '.', '=', '+', ':', '$', '%', '@', '^', '?', ',', '\t', ' ', '  ', '\r', '\n',
  '\u3000', '\u00a0', '\u2028', '\u0085', '\u200b', '\ufeff', '😀',
  'import ', 'export ', 'import', 'export', 'i', 'e', 'mport', 'xport', 'const y = 2;',
  '<script>', '</script>', '<!--', '-->', '{process.exit(1)}', '&amp;', '&#65;', '&#x41;', '&lt;', '&copy',
  'javascript:', 'http://', 'www.', '1.', '1)', '---', '***', '...', '--', '```', '~~', 'a', 'Z', '0', '9',
  '规划', '第四章', '一、', '（一）', '1．', '——', '专栏3', '《溧阳市“十四五”知识产权发展规划》', '〔责任单位：', '〕', '；', '。', '“', '”',
];
const hostileText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((a) => a.join(''));

describe('property: random hostile text round-trips exactly and stays inert', () => {
  it(`body text, ${RUNS} runs`, () => {
    fc.assert(
      fc.property(hostileText, hostileText, (title, text) => {
        const u = unit('s1', { title, text });
        const { body, expected } = render(plan('p', [u]), 't');
        checkRoundTrip(body, expected);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it(`attributes and nested units, ${RUNS} runs`, () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, fc.array(hostileText, { maxLength: 3 }), (label, path, raw, docs) => {
        const inner = unit('s1-1', { kind: 'item', marker: null, label, path, text: raw, title: label });
        const u = unit('s1', { label, path, responsibility: { lead: docs, others: [raw], raw }, citations: docs, children: [inner] });
        const { body, expected } = render(plan('p', [u]), label);
        checkRoundTrip(body, expected);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });

  it(`frontmatter as Astro reads it (its own parseFrontmatter), ${RUNS} runs`, () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 20 })), hostileText, (title, id) => {
        const u = unit('s1', { text: 'x' });
        const { mdx, body } = render(plan(id, [u]), title, undefined, { id, order: 7 });
        const parsed = parseFrontmatter(mdx);
        const want = { plan: id, page: id, title, order: 7 };
        if (JSON.stringify(parsed.frontmatter) !== JSON.stringify(want)) {
          throw new Error(`frontmatter ${JSON.stringify(parsed.frontmatter)} != ${JSON.stringify(want)}`);
        }
        if (parsed.content.trim() !== body.trim()) throw new Error('Astro split the frontmatter elsewhere');
      }),
      { seed: SEED + 2, numRuns: RUNS },
    );
  });
});

describe('GFM (on by default in Astro)', () => {
  const GFM_ONLY = ['~~strike~~', 'a~b~c', '~~~', '| a | b |\r|---|---|', '[^1]\r\r[^1]: note', '- [ ] task', '* [x] done'];
  it.each(GFM_ONLY)('strikethrough, tables, footnotes and task lists stay text with gfm on: %j', (s) => {
    const u = unit('s1', { title: s, text: s });
    const { body, expected } = render(plan('p', [u]), 't');
    checkRoundTrip(body, expected, { gfm: true, smartPunctuation: true });
  });

  it('autolink literals cannot be escaped: this is why Astro needs mdx({ gfm: false })', () => {
    const u = unit('s1', { text: '见 www.example.com' });
    const { body, expected } = render(plan('p', [u]), 't');
    // With GFM on, Sätteri turns the address into a link: the text node is cut short.
    expect(() => checkRoundTrip(body, expected, { gfm: true })).toThrow(/Sätteri round trip differs/);
    checkRoundTrip(body, expected, { gfm: false });
  });
});

describe('known limits (documented, not bugs)', () => {
  it('U+0000 cannot be written in Markdown: the JS parser reads U+FFFD, Sätteri keeps U+0000', () => {
    const u = unit('s1', { text: 'a\u0000b' });
    const { body } = render(plan('p', [u]), 't');
    expect(JSON.stringify(bare(parseMdxBody(body)))).toContain('"a\ufffdb"');
    expect(JSON.stringify(parseSatteri(body))).toContain('"a\\u0000b"');
  });

  it('empty lines in text and whitespace-only titles are not written', () => {
    const u = unit('s1', { title: ' \t', text: 'a\n\n\nb' });
    const { body, expected } = render(plan('p', [u]), 't');
    const kids = (expected.children[0] as { children: { type: string }[] }).children;
    // The heading (its label alone), then one paragraph per non-empty line.
    expect(kids.map((k) => k.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(body).toContain('<UnitHeading level={2}><UnitLabel>一、</UnitLabel></UnitHeading>');
  });
});

describe('the checks can fail', () => {
  it('flags a paragraph that would be ESM', () => {
    const u = unit('s1', { text: 'x' });
    const { expected } = render(plan('p', [u]), 't');
    expect(() => checkRoundTrip('export const y = 2\n', expected)).toThrow(/mdxjsEsm/);
  });

  it('flags an expression and a raw tag', () => {
    const u = unit('s1', { text: 'x' });
    const { expected } = render(plan('p', [u]), 't');
    expect(() => checkRoundTrip('<Unit>\n  {1}\n</Unit>\n', expected)).toThrow(/mdxFlowExpression/);
    expect(() => checkRoundTrip('<script>alert(1)</script>\n', expected)).toThrow(/<script>/);
  });

  it('flags text that changed', () => {
    const u = unit('s1', { text: '"q"' });
    const { expected } = render(plan('p', [u]), 't');
    const sloppy = '<Unit id="s1" kind="section" path="一、">\n  <UnitHeading level={2}><UnitLabel>一、</UnitLabel></UnitHeading>\n\n  "q"\n</Unit>\n';
    // The JS parser reads unescaped quotes right; Sätteri's smart punctuation does not.
    expect(() => checkRoundTrip(sloppy, expected)).toThrow(/Sätteri round trip differs/);
  });
});
