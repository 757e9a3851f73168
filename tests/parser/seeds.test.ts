// Whole-plan golden files for the seven real plans: reviewed by eye, any change shows up as a diff.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseSeed } from '../../src/ingest/parse.ts';
import { decodeSeed } from '../../src/ingest/decode.ts';
import { charDifference } from '../../src/ingest/fidelity.ts';
import { renderPlan } from './render.ts';

const slugs: Record<string, string> = JSON.parse(readFileSync('src/build/slugs.json', 'utf8'));
const files = readdirSync('seeds').sort();

describe('real seeds', () => {
  for (const f of files) {
    const text = decodeSeed(new Uint8Array(readFileSync(`seeds/${f}`)), f);
    const plans = parseSeed(f, text, (t) => slugs[t] ?? null);
    it(`${f}: every plan has a reviewed slug and nothing is lost`, () => {
      expect(plans.every((p) => Object.values(slugs).includes(p.slug))).toBe(true);
      expect(charDifference(text, plans)).toEqual({ missing: '', extra: '' });
    });
    for (const p of plans) {
      it(`${p.slug} matches its golden outline`, async () => {
        await expect(renderPlan(p)).toMatchFileSnapshot(`golden/${p.slug}.txt`);
      });
    }
  }
  it('finds seven plans in five files', () => {
    const all = files.flatMap((f) => parseSeed(f, readFileSync(`seeds/${f}`, 'utf8'), (t) => slugs[t] ?? null));
    expect(all.map((p) => p.slug).sort()).toEqual(Object.values(slugs).sort());
  });
});

describe('seeds concatenated into one file', () => {
  it('keeps each plan whole: the first plan keeps its footer, the next starts at its own title', () => {
    const a = decodeSeed(new Uint8Array(readFileSync('seeds/004_f72d7f03ee822240.txt')), '004');
    const b = decodeSeed(new Uint8Array(readFileSync('seeds/000_f27f92588350e75e.txt')), '000');
    const text = `${a}\n${b}`;
    const plans = parseSeed('cat.txt', text, (t) => slugs[t] ?? null);
    expect(plans.map((p) => p.slug)).toEqual(['liyang-ip-2021', 'wujin-market-supervision-2021', 'wujin-food-safety-2021', 'wujin-ip-2021']);
    expect(plans[0].meta).toMatchObject({ printedBy: '溧阳市人民政府办公室', printedDate: '2022-12-30' });
    expect(plans[1].meta.title).toBe('常州市武进区“十四五”市场监督管理发展规划（2021-2025）');
    expect(charDifference(text, plans)).toEqual({ missing: '', extra: '' });
  });
});
