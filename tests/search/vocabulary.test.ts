// The one domain vocabulary (src/core/vocabulary.ts): topics and everyday words reviewed together.
import { describe, expect, it } from 'vitest';
import { GENERAL, TOPICS } from '../../src/core/vocabulary.ts';
import { countSynonyms } from '../../src/xref/topicHits.ts';
import { searchKey } from '../../src/core/text.ts';

describe('domain vocabulary', () => {
  it('keeps the topic ids the site links to', () => {
    const ids = TOPICS.map((t) => t.id);
    for (const id of ['food-safety', 'drugs-devices', 'special-equipment', 'testing', 'metrology', 'standardization', 'quality', 'credit',
      'business-environment', 'price-competition', 'consumer', 'patent', 'trademark-brand', 'geo-indication', 'copyright', 'ip-pledge',
      'ip-protection', 'ip-services', 'talent']) expect(ids).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('justifies every everyday word and lists each one once', () => {
    const seen = new Map<string, string>();
    for (const e of [...TOPICS.flatMap((t) => t.everyday), ...GENERAL]) {
      expect(e.why.length, e.say.join()).toBeGreaterThan(10);
      expect(e.plan.length, e.say.join()).toBeGreaterThan(0);
      for (const s of e.say) {
        expect(seen.has(searchKey(s)), `${s} listed twice`).toBe(false);
        seen.set(searchKey(s), s);
      }
    }
  });
  it('maps a topic’s everyday words to plan terms its synonyms recognise (one vocabulary)', () => {
    for (const t of TOPICS) for (const e of t.everyday) for (const p of e.plan) {
      expect(countSynonyms(p, t.synonyms).count, `${t.id}: ${e.say[0]} → ${p}`).toBeGreaterThan(0);
    }
  });
});
