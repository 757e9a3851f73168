// Reading the seeds folder: which files are seeds, their bytes decoded to text, and parsing them.
// Unreadable or unsafe files become errors naming the file, never exceptions or silent skips.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeSeed, SeedError } from '../ingest/decode.ts';
import { parseSeed } from '../ingest/parse.ts';
import type { Plan } from '../ingest/model.ts';
import slugTable from './slugs.json' with { type: 'json' };

export interface SeedsResult {
  plans: Plan[];
  /** Files that stop the build (unreadable, outside seeds/). */
  errors: string[];
  /** Files skipped on purpose, with why (dotfiles, folders). */
  notes: string[];
  /** The text of every seed read, by file (what the parser and the /source/ page see). */
  texts: Map<string, string>;
}

/** Reviewed slug of a plan title, if any (src/build/slugs.json). */
export function reviewedSlug(title: string): string | null {
  return (slugTable as Record<string, string>)[title] ?? null;
}

/** Seed files of a folder, sorted; a path that resolves outside the folder (a symlink) is an error. */
export function listSeeds(seedsDir: string): { files: string[]; errors: string[]; notes: string[] } {
  const files: string[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  let names: string[];
  let root: string;
  try {
    root = realpathSync(seedsDir);
    names = readdirSync(seedsDir).sort();
  } catch {
    return { files, errors: [`${seedsDir}: seeds folder not found`], notes };
  }
  for (const name of names) {
    const path = join(seedsDir, name);
    if (name.startsWith('.')) {
      notes.push(`${name}: skipped (hidden file)`);
      continue;
    }
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      errors.push(`${name}: cannot be read (a broken link?)`);
      continue;
    }
    const rel = relative(root, real);
    if (rel.startsWith('..') || rel.startsWith(sep) || rel === '') {
      errors.push(`${name}: resolves to ${real}, outside ${seedsDir}; refused`);
      continue;
    }
    if (!statSync(real).isFile()) {
      // seeds/progress holds indicator values, read by src/build/progress.ts.
      if (name === 'progress') continue;
      notes.push(`${name}: skipped (${lstatSync(path).isSymbolicLink() ? 'a link to a folder' : 'a folder'})`);
      continue;
    }
    files.push(name);
  }
  if (files.length === 0 && errors.length === 0) errors.push(`${seedsDir}: no seed files`);
  return { files, errors, notes };
}

/** Reads and parses every seed of a folder; slugs made unique across the corpus. */
export function readSeeds(seedsDir: string): SeedsResult {
  const { files, errors, notes } = listSeeds(seedsDir);
  const plans: Plan[] = [];
  const texts = new Map<string, string>();
  for (const f of files) {
    try {
      const text = decodeSeed(new Uint8Array(readFileSync(join(seedsDir, f))), f);
      texts.set(f, text);
      plans.push(...parseSeed(f, text, reviewedSlug));
    } catch (e) {
      if (e instanceof SeedError) errors.push(e.message);
      else errors.push(`${f}: could not be parsed (${(e as Error).message})`);
    }
  }
  const seen = new Map<string, number>();
  for (const p of plans) {
    const n = seen.get(p.slug) ?? 0;
    seen.set(p.slug, n + 1);
    if (n) {
      p.warnings.push({ file: p.source.file, line: p.source.startLine, message: `slug ${p.slug} already used; renamed`, text: p.meta.title });
      p.slug = `${p.slug}-${n + 1}`;
    }
  }
  return { plans, errors, notes, texts };
}
