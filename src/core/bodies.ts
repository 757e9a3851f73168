// Responsible bodies with their region: plans write 区市场监管局 or 区委组织部, meaning their own district;
// away from the plan the name needs the region (通州区市场监管局). Pure: the site and the feeds name bodies alike.
import type { Body, PlanDoc } from './schema/index.ts';

/** The smallest administrative unit of a region name (南通市通州区 → 通州区, 常州市 → 常州市). */
export function regionShort(region: string): string {
  // Each level ends in its unit word; 州 alone is not one (通州区, 常州市), 自治州 is.
  return region.match(/.+?(?:自治区|自治州|自治县|省|市|地区|盟|区|县|旗)/g)?.at(-1) ?? region;
}

/** A body's name with its region: a leading 区/县/市 that stands for the plan's own district becomes the
 * district's name (区公安局 in a 通州区 plan → 通州区公安局); other names are kept as written. */
export function qualifiedBodyName(name: string, region: string): string {
  const short = regionShort(region);
  const m = /^([区县市])(?![级属直])/.exec(name);
  return m && short.endsWith(m[1]) ? short + name.slice(1) : name;
}

const regionIndexes = new WeakMap<object, Map<string, string>>();
/** Plan slug → region, built once per list of plans (a body of every plan would otherwise scan the list per plan). */
function regionIndex(plans: Pick<PlanDoc, 'slug' | 'region'>[]): Map<string, string> {
  let m = regionIndexes.get(plans);
  if (!m) regionIndexes.set(plans, (m = new Map(plans.map((p) => [p.slug, p.region]))));
  return m;
}

/** The regions of the plans naming a body, as written on those plans, distinct. */
export function bodyRegions(body: Pick<Body, 'plans'>, plans: Pick<PlanDoc, 'slug' | 'region'>[]): string[] {
  const region = regionIndex(plans);
  return [...new Set(body.plans.map((s) => region.get(s) ?? '').filter(Boolean))];
}

/** How a body is named on its own pages: with its region when all its plans are of one region. */
export function bodyDisplayName(body: Pick<Body, 'name' | 'plans'>, plans: Pick<PlanDoc, 'slug' | 'region'>[]): string {
  const regions = bodyRegions(body, plans);
  return regions.length === 1 ? qualifiedBodyName(body.name, regions[0]) : body.name;
}
