// schema.org `Legislation` for a plan's overview page (a JSON-LD data block): what the plan is, who
// issued it, for which region (GB/T 2260 code) and period, its top-level divisions with their URLs,
// and the URL template of every clause. A property whose value the plan does not state is left out,
// never filled with a guess. Types come from schema-dts, so only real schema.org terms type-check.
// Without SITE_ORIGIN, @id and url are site paths: JSON-LD resolves them against the page's own URL.
import type { AdministrativeArea, DataDownload, Legislation, MediaObject, PropertyValue, WithContext } from 'schema-dts';
import type { OutlineNode, PlanDoc, RegionRef } from '../core/schema/plan.ts';
import { absoluteUrl, type SiteUrls } from '../core/urls.ts';
import { headingLine } from '../core/outline.ts';
import { planIdentifier, unitIdentifier } from './identifier.ts';
import { publishedInstant, writtenDate } from './plan-dates.ts';

/** propertyID of the PlanAtlas identifier (identifier.ts) in JSON-LD. */
export const IDENTIFIER_PROPERTY = 'PlanAtlas identifier';

/** 有效性 as published → schema.org legal force; anything else is left out. */
const LEGAL_FORCE: [RegExp, 'InForce' | 'NotInForce' | 'PartiallyInForce'][] = [
  [/部分(失效|废止)/, 'PartiallyInForce'],
  [/失效|废止|作废/, 'NotInForce'],
  [/有效/, 'InForce'],
];

/** Media types of the formats a seed may come in. */
const MEDIA_TYPES: Record<PlanDoc['source']['format'], string> = {
  txt: 'text/plain',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html',
};

const value = (propertyID: string, v: string): PropertyValue => ({ '@type': 'PropertyValue', propertyID, value: v });

/** The region and its parents as nested AdministrativeArea, each with its GB/T 2260 code. */
function area(path: RegionRef[]): AdministrativeArea | undefined {
  return path.reduce<AdministrativeArea | undefined>(
    (parent, r) => ({ '@type': 'AdministrativeArea', name: r.name, identifier: value('GB/T 2260', r.code), ...(parent ? { containedInPlace: parent } : {}) }),
    undefined,
  );
}

/** ISO 8601 interval of the period's years ('2021/2025', '2021/..'), or undefined when unknown. */
export function periodInterval(p: PlanDoc['period']): string | undefined {
  if (p.from === null && p.to === null) return undefined;
  return `${p.from ?? '..'}/${p.to ?? '..'}`;
}

/** The clause URL template (RFC 6570): {unit} is a unit id; {page} the page that holds it, in plans
 * split by division. Joined to the origin as text: URL parsing would percent-encode the braces. */
export function clauseUrlTemplate(plan: Pick<PlanDoc, 'slug' | 'pages'>, urls: SiteUrls, origin: string | null): string {
  const page = plan.pages.length === 1 ? plan.pages[0].id : '{page}';
  return `${origin ?? ''}${urls.page(plan.slug, page)}#{unit}`;
}

const isDivision = (n: OutlineNode) => n.kind === 'chapter' || n.kind === 'section' || n.kind === 'box';

/** The JSON-LD object of a plan. */
export function planJsonLd(plan: PlanDoc, urls: SiteUrls, origin: string | null): WithContext<Legislation> {
  const abs = (path: string) => absoluteUrl(path, origin);
  const m = plan.meta;
  const written = writtenDate(m.date);
  const published = publishedInstant(m.publishedAt);
  const coverage = m.regionPath.length ? area(m.regionPath) : m.region ? ({ '@type': 'AdministrativeArea', name: m.region } as AdministrativeArea) : undefined;
  const force = LEGAL_FORCE.find(([re]) => re.test(m.validity))?.[1];
  const data: DataDownload = { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: abs(urls.data(`plans/${plan.slug}.json`)) };
  // The original file the plan was read from, as published on the site, with its size and SHA-256.
  const s = plan.source;
  const original: MediaObject[] = s.url && s.sha256 ? [{ '@type': 'MediaObject', name: s.file, encodingFormat: MEDIA_TYPES[s.format], contentUrl: abs(s.url), contentSize: `${s.bytes} B`, sha256: s.sha256 }] : [];
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': abs(plan.url),
    url: abs(plan.url),
    name: plan.title,
    inLanguage: 'zh-CN',
    identifier: [value(IDENTIFIER_PROPERTY, planIdentifier(plan)), ...(m.indexNo ? [value('索引号', m.indexNo)] : [])],
    ...(m.docNumber ? { legislationIdentifier: m.docNumber } : {}),
    ...(written ? { legislationDate: written } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(m.issuer ? { legislationResponsible: { '@type': 'GovernmentOrganization', name: m.issuer } } : {}),
    ...(m.kind ? { legislationType: m.kind } : {}),
    ...(force ? { legislationLegalForce: { '@id': `https://schema.org/${force}` } } : {}),
    ...(coverage ? { spatialCoverage: coverage } : {}),
    ...(periodInterval(plan.period) ? { temporalCoverage: periodInterval(plan.period) } : {}),
    hasPart: plan.outline.filter(isDivision).map((n) => ({
      '@type': 'Legislation',
      '@id': abs(n.url),
      url: abs(n.url),
      name: headingLine(n),
      identifier: value(IDENTIFIER_PROPERTY, unitIdentifier(plan, n.id)),
    })),
    potentialAction: { '@type': 'ReadAction', target: { '@type': 'EntryPoint', urlTemplate: clauseUrlTemplate(plan, urls, origin) } },
    encoding: [data, ...original],
  };
}

/** JSON for a <script type="application/ld+json"> block: '<', '>' and '&' escaped so no text of a
 * plan can end the element or open a comment in HTML. */
export function jsonLdScript(doc: object): string {
  return JSON.stringify(doc).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
