// Reading seeds/progress/: one CSV file of yearly values per plan (<slug>.csv), written by officials.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProgressIssue } from '../core/schema/index.ts';
import { decodeSeed } from '../ingest/decode.ts';
import { readProgress } from '../ingest/progress.ts';
import type { ProgressFile } from '../ledger/index.ts';

/** The progress files of a folder (none when it does not exist), with the rows that could not be read. */
export function readProgressFolder(dir: string): { files: ProgressFile[]; issues: ProgressIssue[] } {
  const files: ProgressFile[] = [];
  const issues: ProgressIssue[] = [];
  if (!existsSync(dir)) return { files, issues };
  for (const name of readdirSync(dir).filter((f) => /\.csv$/i.test(f) && !f.startsWith('.')).sort()) {
    const file = `progress/${name}`;
    let text: string;
    try {
      text = decodeSeed(new Uint8Array(readFileSync(join(dir, name))), file);
    } catch (e) {
      issues.push({ file, line: 1, message: (e as Error).message, text: '' });
      continue;
    }
    const r = readProgress(file, text);
    issues.push(...r.issues);
    files.push({ plan: name.replace(/\.csv$/i, ''), file, rows: r.rows });
  }
  return { files, issues };
}
