// One small hand-written fixture per damage class of plans in the wild (tests/parser/wild/*.txt): each
// is parsed and rendered with every line's role, its facts, outline and warnings, and compared with a
// reviewed golden file (*.golden) — a change shows up as a diff to review.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../src/ingest/parse.ts';
import { assignRoles } from '../../src/ingest/roles.ts';
import { toLines } from '../../src/ingest/lines.ts';
import { charDifference } from '../../src/ingest/fidelity.ts';
import { renderPlan } from './render.ts';

const DIR = new URL('./wild/', import.meta.url);
const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

/** Every line with its role and the reason, then each plan as the golden files render it. */
function renderFixture(file: string, text: string): string {
  const { roles, infos } = assignRoles(toLines(text));
  const lines = infos.map((info, i) => (info.kind === 'blank' ? '' : `${String(i + 1).padStart(3)} ${roles[i].role.padEnd(11)} ${info.line.text}`)).filter(Boolean);
  const plans = parseSeed(file, text, () => null);
  return `roles:\n${lines.join('\n')}\n\n${plans.map(renderPlan).join('\n')}`;
}

describe('plans in the wild: one fixture per damage class', () => {
  it('has fixtures', () => expect(files.length).toBeGreaterThan(15));
  for (const f of files) {
    const text = readFileSync(new URL(f, DIR), 'utf8');
    it(`${f} matches its golden file and loses nothing`, async () => {
      expect(charDifference(text, parseSeed(f, text, () => null))).toEqual({ missing: '', extra: '' });
      await expect(renderFixture(f, text)).toMatchFileSnapshot(`wild/${f.replace(/\.txt$/, '.golden')}`);
    });
  }
});
