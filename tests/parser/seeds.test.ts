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
