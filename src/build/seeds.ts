// Reading the seeds folder: which files are seeds, each read by the reader of its format (plain text,
// .docx, .pdf, a saved .html page) into text plus structure hints, and parsing them. Unreadable or
// unsafe files become errors naming the file, never exceptions or silent skips; a file that fails
// contributes nothing.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { decodeSeed, SeedError } from '../ingest/decode.ts';
import { parseSeed } from '../ingest/parse.ts';
import { plainSource, type SourceText } from '../ingest/source.ts';
import { readDocx } from '../ingest/formats/docx.ts';
import { readHtml } from '../ingest/formats/html.ts';
import { readPdf } from '../ingest/formats/pdf.ts';
import type { Plan } from '../ingest/model.ts';
import slugTable from './slugs.json' with { type: 'json' };

export interface SeedsResult {
  plans: Plan[];
  /** The text each seed file was read into (what the parser read; the /source/ page shows it). */
  sources: Map<string, SourceText>;
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

/** Formats of office programs we cannot read, with what to do instead. */
const LEGACY: Record<string, string> = {
  '.doc': 'an old Word .doc file cannot be read; open it in Word or WPS and save it as .docx',
  '.wps': 'a WPS .wps file cannot be read; open it in WPS and save it as .docx',
  '.rtf': 'an .rtf file cannot be read; open it in Word or WPS and save it as .docx',
  '.mht': 'a web archive (.mht) cannot be read; save the page as .html ("web page, HTML only")',
  '.mhtml': 'a web archive (.mhtml) cannot be read; save the page as .html ("web page, HTML only")',
};

/** Reads a seed file's bytes with the reader of its format (by extension; anything else is plain text). */
export async function readSourceFile(bytes: Uint8Array, file: string): Promise<SourceText> {
  const ext = extname(file).toLowerCase();
  if (LEGACY[ext]) throw new SeedError(file, LEGACY[ext]);
  switch (ext) {
    case '.docx':
      return readDocx(bytes, file);
    case '.pdf':
      return readPdf(bytes, file);
    case '.html':
    case '.htm':
    case '.shtml':
    case '.xhtml':
      return readHtml(bytes, file);
    default:
      return plainSource(decodeSeed(bytes, file));
  }
}

/** Reads and parses every seed of a folder (or only `only`, a shard's seeds); slugs made unique across them. */
export async function readSeeds(seedsDir: string, only?: string[]): Promise<SeedsResult> {
  const listed = listSeeds(seedsDir);
  const { errors, notes } = listed;
  let files = listed.files;
  if (only) {
    const present = new Set(files);
    errors.push(...only.filter((f) => !present.has(f)).map((f) => `${f}: listed for this shard but not in the seeds folder`));
    const wanted = new Set(only);
    files = files.filter((f) => wanted.has(f));
  }
  const plans: Plan[] = [];
  const sources = new Map<string, SourceText>();
  const texts = new Map<string, string>();
  for (const f of files) {
    try {
      const bytes = new Uint8Array(readFileSync(join(seedsDir, f)));
      const source = await readSourceFile(bytes, f);
      const parsed = parseSeed(f, source, reviewedSlug);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      for (const p of parsed) {
        p.source.bytes = bytes.length;
        p.source.sha256 = sha256;
        for (const n of source.notes ?? []) {
          if (n.line >= p.source.startLine && n.line <= p.source.endLine) p.warnings.push({ file: f, line: n.line, message: n.message, text: n.text });
        }
      }
      sources.set(f, source);
      texts.set(f, source.text);
      // A copy of an issuing notice alone (or of page furniture) holds no plan: it is reported, not
      // published as an empty plan.
      for (const p of parsed.filter((q) => q.body.length === 0)) notes.push(`${f}: lines ${p.source.startLine}-${p.source.endLine} hold no plan text, only what stands around a plan (an issuing notice, metadata); not published`);
      plans.push(...parsed.filter((q) => q.body.length > 0));
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
  return { plans, sources, errors, notes, texts };
}
