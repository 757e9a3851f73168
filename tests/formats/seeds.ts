// The seeds as the fixtures of every format start from: their text, their plans read from .txt, and
// the document an author would lay out from them.
import { readdirSync, readFileSync } from 'node:fs';
import { decodeSeed } from '../../src/ingest/decode.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import type { Plan } from '../../src/ingest/model.ts';
import { documentFromText } from '../../src/corpus/formats/from-text.ts';
import type { PlanDocument } from '../../src/corpus/formats/document.ts';
import type { PageFacts } from '../../src/corpus/formats/write-html.ts';
import { reviewedSlug } from '../../src/build/seeds.ts';

export interface SeedFixture {
  file: string;
  text: string;
  plans: Plan[];
  doc: PlanDocument;
}

/** Every seed in seeds/ with its .txt plans and its laid-out document. */
export function seedFixtures(): SeedFixture[] {
  return readdirSync('seeds').filter((f) => f.endsWith('.txt')).sort().map((file) => {
    const text = decodeSeed(new Uint8Array(readFileSync(`seeds/${file}`)), file);
    const plans = parseSeed(file, text, reviewedSlug);
    return { file, text, plans, doc: documentFromText(text, plans[0].meta.title) };
  });
}

/** The same seed's name in another format. */
export const renamed = (file: string, ext: string) => file.replace(/\.txt$/, `.${ext}`);

/** The facts a government page would show for a seed's first plan. */
export function pageFacts(s: SeedFixture): PageFacts {
  const m = s.plans[0].meta;
  const date = m.date || '2022-01-01';
  return {
    indexNo: `11320400014${s.file.slice(0, 3)}/${date.slice(0, 4)}-00${s.file.slice(1, 3)}`,
    issuer: m.issuer || '某区人民政府',
    docNumber: m.docNumber || '无',
    written: date,
    published: date,
    topic: '国民经济管理、国有资产监管\\发展规划',
    validity: '有效',
  };
}
