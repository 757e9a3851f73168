// The schema.org Legislation block of every plan overview in dist/, read by a real JSON-LD processor
// (jsonld: expand and toRDF in safe mode, so a term that maps to no IRI or an unresolvable relative
// IRI fails). The schema.org context comes from a reviewed local copy of its relevant part
// (fixtures/schema-org-context.jsonld: the same @vocab and IRI-typed terms); nothing is fetched.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { builtPlans, DATA, fileOf } from '../built.ts';
import { readValidated } from '../../src/build/data.ts';
import { Manifest } from '../../src/core/schema/index.ts';
import { ids } from '../site/html.ts';
import { planJsonLd, jsonLdScript } from '../../src/opendata/jsonld.ts';
import { planIdentifier } from '../../src/opendata/identifier.ts';
import { siteUrls } from '../../src/core/urls.ts';
import { fakePlan } from './fake-plan.ts';

const S = 'http://schema.org/';
const CONTEXT = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/schema-org-context.jsonld'), 'utf8'));
const documentLoader = async (url: string) => {
  if (url === 'https://schema.org' || url === 'https://schema.org/' || url === 'http://schema.org/') return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
  throw new Error(`no network in tests: ${url}`);
};
const ORIGIN = 'http://site.test';

/** The JSON-LD blocks of an HTML page. */
function blocks(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

type Expanded = Record<string, { '@value'?: unknown; '@id'?: string; [k: string]: unknown }[]> & { '@id'?: string; '@type'?: string[] };

async function expand(doc: unknown, base: string): Promise<Expanded> {
  const out = (await jsonld.expand(doc as object, { documentLoader, base, safe: true } as object)) as Expanded[];
  expect(out).toHaveLength(1);
  return out[0];
}
const values = (node: Expanded, prop: string) => (node[S + prop] ?? []).map((v) => v['@value'] ?? v['@id']);

describe('JSON-LD on plan overviews', () => {
  const plans = builtPlans();
  const manifest = readValidated(join(DATA, 'manifest.json'), Manifest);

  it('every plan overview carries one Legislation block with the facts the plan states, and no others', async () => {
    for (const plan of plans) {
      const html = readFileSync(fileOf(plan.url), 'utf8');
      const found = blocks(html);
      expect(found, plan.slug).toHaveLength(1);
      const base = ORIGIN + plan.url;
      const node = await expand(found[0], base);
      const m = plan.meta;
      expect(node['@id']).toBe(base);
      expect(node['@type']).toEqual([S + 'Legislation']);
      expect(values(node, 'name')).toEqual([plan.title]);
      expect(values(node, 'legislationIdentifier')).toEqual(m.docNumber ? [m.docNumber] : []);
      expect(values(node, 'legislationDate')).toEqual(m.date ? [m.date] : []);
      expect(values(node, 'legislationType')).toEqual(m.kind ? [m.kind] : []);
      const responsible = node[S + 'legislationResponsible'] as unknown as Expanded[] | undefined;
      expect(responsible?.map((r) => values(r, 'name')[0]) ?? []).toEqual(m.issuer ? [m.issuer] : []);
      const ident = (node[S + 'identifier'] as unknown as Expanded[]).map((v) => values(v, 'value')[0]);
      expect(ident).toContain(planIdentifier(plan));
      expect(values(node, 'temporalCoverage')).toEqual([`${plan.period.from}/${plan.period.to}`]);
      // The region with its GB/T 2260 code, then each parent up to the province.
      let area = (node[S + 'spatialCoverage'] as unknown as Expanded[])[0];
      const chain: string[] = [];
      while (area) {
        const code = (area[S + 'identifier'] as unknown as Expanded[])[0];
        expect(values(code, 'propertyID')).toEqual(['GB/T 2260']);
        chain.push(`${values(code, 'value')[0]} ${values(area, 'name')[0]}`);
        area = (area[S + 'containedInPlace'] as unknown as Expanded[] | undefined)?.[0] as Expanded;
      }
      expect(chain.reverse(), plan.slug).toEqual(m.regionPath.map((r) => `${r.code} ${r.name}`));
      // The JSON data and the original file, the latter with the SHA-256 the manifest lists.
      const encodings = node[S + 'encoding'] as unknown as Expanded[];
      const urlsOf = encodings.map((e) => new URL(values(e, 'contentUrl')[0] as string).pathname);
      for (const u of urlsOf) expect(existsSync(fileOf(u)), u).toBe(true);
      const original = encodings.find((e) => values(e, 'sha256').length)!;
      expect(values(original, 'sha256')).toEqual([plan.source.sha256]);
      expect(manifest.files.find((f) => f.path === `../sources/${plan.source.file}`)?.sha256).toBe(plan.source.sha256);
    }
  });

  it('links every top-level division to its clause on the page, and the URL template resolves', async () => {
    let parts = 0;
    for (const plan of plans) {
      const node = await expand(blocks(readFileSync(fileOf(plan.url), 'utf8'))[0], ORIGIN + plan.url);
      for (const part of node[S + 'hasPart'] as unknown as Expanded[]) {
        const url = new URL(part['@id']!);
        expect(url.origin).toBe(ORIGIN);
        const page = readFileSync(fileOf(url.pathname), 'utf8');
        expect(ids(page), part['@id']).toContain(url.hash.slice(1));
        parts++;
      }
      const action = (node[S + 'potentialAction'] as unknown as Expanded[])[0];
      const template = values((action[S + 'target'] as unknown as Expanded[])[0], 'urlTemplate')[0] as string;
      const unit = plan.outline[1] ?? plan.outline[0];
      const filled = template.replace('{unit}', unit.id).replace('{page}', unit.page);
      expect(filled).toBe(unit.url);
    }
    expect(parts).toBeGreaterThan(plans.length);
  });

  it('converts to RDF: every statement about the plan has an absolute IRI', async () => {
    const plan = plans[0];
    const doc = blocks(readFileSync(fileOf(plan.url), 'utf8'))[0];
    const nquads = (await jsonld.toRDF(doc as object, { format: 'application/n-quads', documentLoader, base: ORIGIN + plan.url, safe: true } as object)) as unknown as string;
    const lines = nquads.trim().split('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(lines).toContain(`<${ORIGIN}${plan.url}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <${S}Legislation> .`);
    for (const l of lines) expect(l, l).toMatch(/^(<[a-z]+:[^>]+>|_:\S+) <[a-z]+:[^>]+> /);
  });

  it('writes absolute URLs when the origin is known, and leaves out what a plan does not state', async () => {
    const bare = fakePlan({ slug: 'bare', meta: { period: { from: null, to: null }, kind: '' } });
    const doc = planJsonLd(bare, siteUrls('/sub/'), 'https://plans.example.gov.cn');
    expect(doc['@id' as keyof typeof doc]).toBe('https://plans.example.gov.cn/sub/plans/bare/');
    for (const k of ['legislationIdentifier', 'legislationDate', 'datePublished', 'legislationResponsible', 'legislationType', 'legislationLegalForce', 'spatialCoverage', 'temporalCoverage']) expect(doc, k).not.toHaveProperty(k);
    const node = await expand(doc, 'https://other.test/');
    expect(values(node, 'url')).toEqual(['https://plans.example.gov.cn/sub/plans/bare/']);
  });

  it('cannot be broken out of its script element by a plan’s text', () => {
    const hostile = fakePlan({ slug: 'h', meta: { title: '</script><script>alert(1)</script><!--', issuer: 'a & b' } });
    const text = jsonLdScript(planJsonLd(hostile, siteUrls('/'), null));
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script><!--');
  });
});

