// The fast paths (deduplicated texts, prefix-filtered pair index, per-plan grouping) give output
// byte-identical to the brute-force builders (tests/xref/reference.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { synthSeeds } from '../../src/corpus/synth.ts';
import { collectClauses } from '../../src/xref/clauses.ts';
import { buildXref } from '../../src/xref/index.ts';
import { seedPlans } from './seedPlans.ts';
import { buildRelated, buildRelatedBrute, taskClauses } from '../../src/xref/related.ts';
import { buildSameText, buildSameTextBrute } from '../../src/xref/sameText.ts';
import { countSynonyms } from '../../src/xref/topicHits.ts';
import { termScore } from '../../src/xref/taskIndicators.ts';
import { plan, type UnitSpec } from './fixtures.ts';
import { buildRelatedRef, buildSameTextRef, buildXrefReference, countSynonymsRef, fastFields, termScoreRef } from './reference.ts';

const json = (x: unknown) => JSON.stringify(x, null, 2);

describe('fast paths equal the brute-force reference', () => {
  it('on the real seeds (every field with a fast path)', async () => {
    const real = await seedPlans('seeds');
    expect(real.length).toBe(7);
    expect(json(fastFields(buildXref(real)))).toBe(json(buildXrefReference(real)));
  });

  it('on a synthetic ×2 corpus (renamed copies: many equal and near-equal clauses)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xref-synth-'));
    try {
      synthSeeds('seeds', dir, 2);
      const plans = await seedPlans(dir);
      expect(plans.length).toBeGreaterThanOrEqual(10);
      const fast = buildXref(plans);
      expect(json(fastFields(fast))).toBe(json(buildXrefReference(plans)));
      // Copies make every task clause related to others, but each list stays within the top k.
      expect(fast.related.every((r) => r.similar.length <= fast.thresholds.relatedTop)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  // Random corpora over a tiny alphabet: many exact copies, near copies and tied scores.
  const ALPHA = ['知', '识', '产', '权', '专', '利', '质', '押'];
  const text = fc.array(fc.constantFrom(...ALPHA), { minLength: 4, maxLength: 40 }).map((cs) => cs.join(''));
  const corpus = fc
    .tuple(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(fc.array(fc.tuple(fc.nat(), fc.constantFrom('item', 'paragraph', 'table', 'section'), fc.boolean()), { maxLength: 8 }), { minLength: 1, maxLength: 5 }))
    .map(([pool, plans]) =>
      plans.map((units, p) =>
        plan(
          `p${p}`,
          `计划${p}`,
          units.map(([n, kind, edit], u): UnitSpec => {
            const t = pool[n % pool.length] + (edit ? ALPHA[(n + u) % ALPHA.length] : '');
            return kind === 'table' ? { id: `u${u}`, kind: 'table', title: '', rows: [[t]] } : { id: `u${u}`, kind: kind as UnitSpec['kind'], text: t };
          }),
        ),
      ),
    );

  it('related: same top-k as all pairs, for any threshold and k', () => {
    fc.assert(
      fc.property(corpus, fc.constantFrom(0.01, 0.2, 0.5, 0.9, 0.999), fc.integer({ min: 1, max: 4 }), fc.constantFrom(1, 4, 12), (plans, min, top, minChars) => {
        const tasks = taskClauses(collectClauses(plans), minChars);
        const ref = json(buildRelatedRef(tasks, min, top));
        expect(json(buildRelated(tasks, min, top))).toBe(ref);
        expect(json(buildRelatedBrute(tasks, min, top))).toBe(ref);
      }),
      { numRuns: 300 },
    );
  });

  it('sameText: same groups and scores as all pairs, for any threshold', () => {
    fc.assert(
      fc.property(corpus, fc.constantFrom(0.01, 0.5, 0.8, 0.95, 1), fc.constantFrom(1, 4, 12), (plans, min, minChars) => {
        const clauses = collectClauses(plans);
        const ref = json(buildSameTextRef(clauses, min, minChars));
        expect(json(buildSameText(clauses, min, minChars))).toBe(ref);
        expect(json(buildSameTextBrute(clauses, min, minChars))).toBe(ref);
      }),
      { numRuns: 300 },
    );
  });

  it('topics and indicator terms: prepared matching equals the plain scan', () => {
    const syn = fc.array(fc.constantFrom(...ALPHA, 'Ｐ', 'p', 'C'), { minLength: 1, maxLength: 3 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.array(syn, { minLength: 1, maxLength: 5 }), (t, syns) => {
        expect(countSynonyms(t, syns)).toEqual(countSynonymsRef(t, syns));
        for (const s of syns) expect(termScore(s, t)).toBe(termScoreRef(s, t));
      }),
    );
  });
});
