import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/ingest/parse.ts';
import { regionMap, synthText, varyFigures, prng } from '../../src/corpus/synth.ts';

const seed = readFileSync('seeds/004_f72d7f03ee822240.txt', 'utf8');

describe('synthetic corpus', () => {
  it('copy 0 is the seed; copy k is the same every time and differs from other copies', () => {
    expect(synthText(seed, 0)).toBe(seed);
    expect(synthText(seed, 3)).toBe(synthText(seed, 3));
    expect(synthText(seed, 3)).not.toBe(synthText(seed, 4));
  });

  it('each copy is a plan of a real region the parser resolves, under a real city', () => {
    const codes = new Set<string>();
    for (const k of [1, 2, 50, 199]) {
      const [plan] = parseSeed('x.txt', synthText(seed, k), () => null);
      expect(plan.meta.regionCode, `copy ${k}`).toMatch(/^\d{6}$/);
      expect(plan.meta.regionPath.length).toBeGreaterThanOrEqual(2);
      codes.add(plan.meta.regionCode);
    }
    expect(codes.size).toBe(4);
  });

  it('varies figures but not years or numbering', () => {
    const out = varyFigures('1．到2025年，发明专利拥有量达到3100件。\n\t≥60\n第三章', prng(7));
    expect(out).toMatch(/^1．到2025年，发明专利拥有量达到\d+件。\n\t≥\d+\n第三章$/);
    expect(out).not.toContain('3100件');
  });

  it('maps every seed region, short forms too', () => {
    const m = new Map(regionMap(5));
    for (const name of ['江苏省', '常州市', '武进区', '溧阳市', '南通市', '通州区', '湖北省', '随州市', '曾都区', '武进', '常州']) expect(m.has(name), name).toBe(true);
  });
});
