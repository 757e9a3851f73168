// Word's automatic numbering (word/numbering.xml): the label a numbered paragraph shows, computed the
// way Word counts (levels restart under a higher level, w:num instances of one list share its
// counters unless they override a start), so 一、 and （一） made by numbering styles reach the parser.
import { child, childVal, elements, type XmlElement } from './xml.ts';
import { formatNumber } from './numerals.ts';

interface Level {
  start: number;
  numFmt: string;
  lvlText: string;
  /** 1-based level whose use restarts this one; 0 never; undefined: any higher level. */
  restart: number | undefined;
  isLgl: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  pStyle: string | undefined;
}

interface NumInstance {
  abstractId: string;
  /** Level overrides: a new start, and/or a whole level definition. */
  overrides: Map<number, { start?: number; level?: Level }>;
}

/** The numbering definitions of a document and the counters of the lists used so far. */
export interface Numbering {
  /** The label of the next paragraph numbered by (numId, ilvl), advancing the counters; '' when none. */
  next(numId: string, ilvl: number): string;
  /** The level a numbering definition gives a paragraph style (w:lvl/w:pStyle), if any. */
  levelOfStyle(numId: string, styleId: string): number | undefined;
}

function readLevel(lvl: XmlElement): Level {
  const restart = childVal(lvl, 'w:lvlRestart');
  const suff = childVal(lvl, 'w:suff');
  return {
    start: Number(childVal(lvl, 'w:start') ?? 1),
    numFmt: childVal(lvl, 'w:numFmt') ?? 'decimal',
    lvlText: childVal(lvl, 'w:lvlText') ?? '',
    restart: restart === undefined ? undefined : Number(restart),
    isLgl: child(lvl, 'w:isLgl') !== undefined && child(lvl, 'w:isLgl')?.attrs['w:val'] !== '0' && child(lvl, 'w:isLgl')?.attrs['w:val'] !== 'false',
    suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    pStyle: childVal(lvl, 'w:pStyle'),
  };
}

/** Bullets that are plan markers (——) pass; symbol-font bullets (private-use characters) do not. */
function bulletLabel(text: string): string {
  return /^[—－-]+$/.test(text) ? text : '';
}

/** Reads numbering.xml (absent: no numbering). styleNumId maps numbering styles (w:numStyleLink) to
 * the numId their style points at. */
export function readNumbering(root: XmlElement | null, styleNumId: (styleId: string) => string | undefined = () => undefined): Numbering {
  const abstracts = new Map<string, { levels: Map<number, Level>; link?: string }>();
  const nums = new Map<string, NumInstance>();
  if (root) {
    for (const a of elements(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of elements(a, 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), readLevel(lvl));
      abstracts.set(a.attrs['w:abstractNumId'] ?? '', { levels, link: childVal(a, 'w:numStyleLink') });
    }
    for (const n of elements(root, 'w:num')) {
      const overrides = new Map<number, { start?: number; level?: Level }>();
      for (const o of elements(n, 'w:lvlOverride')) {
        const start = childVal(o, 'w:startOverride');
        const lvl = child(o, 'w:lvl');
        overrides.set(Number(o.attrs['w:ilvl'] ?? 0), { start: start === undefined ? undefined : Number(start), level: lvl ? readLevel(lvl) : undefined });
      }
      nums.set(n.attrs['w:numId'] ?? '', { abstractId: childVal(n, 'w:abstractNumId') ?? '', overrides });
    }
  }
  /** The abstract list of a num, following a numbering-style link to the list it stands for. */
  const abstractOf = (numId: string, depth = 0): string | undefined => {
    const num = nums.get(numId);
    if (!num) return undefined;
    const a = abstracts.get(num.abstractId);
    if (a?.link && depth < 5) {
      const linked = styleNumId(a.link);
      if (linked && linked !== numId) return abstractOf(linked, depth + 1) ?? num.abstractId;
    }
    return num.abstractId;
  };
  const levelOf = (numId: string, ilvl: number): Level | undefined => {
    const over = nums.get(numId)?.overrides.get(ilvl)?.level;
    if (over) return over;
    const aid = abstractOf(numId);
    return aid === undefined ? undefined : abstracts.get(aid)?.levels.get(ilvl);
  };
  // Counters per abstract list: a list continues across its w:num instances.
  const counters = new Map<string, (number | undefined)[]>();
  const startsApplied = new Set<string>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const aid = abstractOf(numId);
      const level = levelOf(numId, ilvl);
      if (!num || aid === undefined || !level) return '';
      const count = counters.get(aid) ?? [];
      counters.set(aid, count);
      // A start override takes effect the first time its instance is used.
      for (const [l, o] of num.overrides) {
        const key = `${numId}/${l}`;
        if (o.start !== undefined && !startsApplied.has(key)) {
          startsApplied.add(key);
          count[l] = o.start - 1;
          for (let m = l + 1; m < 9; m++) count[m] = undefined;
        }
      }
      count[ilvl] = count[ilvl] === undefined ? level.start : count[ilvl]! + 1;
      for (let m = ilvl + 1; m < 9; m++) {
        const deeper = levelOf(numId, m);
        const r = deeper?.restart;
        if (r === undefined || (r !== 0 && ilvl <= r - 1)) count[m] = undefined;
      }
      if (level.numFmt === 'bullet') return bulletLabel(level.lvlText);
      const label = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        const lv = levelOf(numId, k);
        const value = count[k] ?? lv?.start ?? 1;
        return formatNumber(value, level.isLgl ? 'decimal' : (lv?.numFmt ?? 'decimal'));
      });
      // The separator Word puts after the number: kept only where the label would run into the text.
      return label && level.suffix !== 'nothing' && /[\p{L}\p{N}]$/u.test(label) ? `${label} ` : label;
    },
    levelOfStyle(numId, styleId) {
      const aid = abstractOf(numId);
      const a = aid === undefined ? undefined : abstracts.get(aid);
      if (!a) return undefined;
      for (const [i, l] of a.levels) if (l.pStyle === styleId) return i;
      return undefined;
    },
  };
}
