// The dates a feed or a JSON-LD block may state for a plan, each taken from the plan's own facts:
// 成文日期 (meta.date, YYYY-MM-DD) and the web page's 发布日期 (meta.publishedAt, as written). Plans
// are issued in China, so a date or time without a zone is China Standard Time (+08:00).
import type { PlanMeta } from '../core/schema/plan.ts';

/** An RFC 3339 instant (Atom's date construct) for a day in China: its first minute, +08:00. */
export function chinaDay(ymd: string): string {
  return `${ymd}T00:00:00+08:00`;
}

/** The 发布日期 as an RFC 3339 instant when it is written as a date (and time), else null. */
export function publishedInstant(raw: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/.exec(raw);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  if (!h) return chinaDay(`${y}-${mo}-${d}`);
  return `${y}-${mo}-${d}T${h.padStart(2, '0')}:${mi}:${s ?? '00'}+08:00`;
}

/** The 成文日期 when it is a valid YYYY-MM-DD, else null. */
export function writtenDate(date: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** When the plan was made public, as far as its facts say: 发布日期, else 成文日期; null when neither. */
export function planInstant(meta: Pick<PlanMeta, 'date' | 'publishedAt'>): string | null {
  const published = publishedInstant(meta.publishedAt);
  if (published) return published;
  const written = writtenDate(meta.date);
  return written ? chinaDay(written) : null;
}

/** The instant a build stands for: SOURCE_DATE_EPOCH (reproducible builds) when set, else the Unix
 * epoch, which feeds use as "date not known" (a build never reads the clock: dist/ is deterministic). */
export function buildInstant(sourceDateEpoch: string | undefined): string {
  const s = sourceDateEpoch?.trim();
  if (s && !/^\d+$/.test(s)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970: ${s}`);
  return new Date((s ? Number(s) : 0) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}
