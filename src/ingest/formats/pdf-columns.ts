// Reading order on a page: top to bottom, and on a page set in two columns, the left column before the
// right one within each band between full-width elements (a title or a table across both columns).

/** Anything placed on a page: its horizontal extent and the top of it (y upwards). */
export interface Placed {
  x0: number;
  x1: number;
  top: number;
}

/** The x of a gutter between two columns of text, or null for a page in one column. Takes the runs
 * of text without wide gaps (a line of a two-column page is two runs); both columns must hold runs as
 * wide as a quarter of the text block, so the cells of a table do not make columns. */
export function findGutter(lines: Placed[]): number | null {
  if (lines.length < 10) return null;
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  let best: { x: number; crossing: number; balance: number } | null = null;
  const wide = (e: Placed) => e.x1 - e.x0 >= 0.25 * (right - left);
  for (let x = left + 0.3 * (right - left); x <= left + 0.7 * (right - left); x += 2) {
    let crossing = 0, l = 0, r = 0, wideL = 0, wideR = 0;
    for (const e of lines) {
      if (e.x0 < x - 1 && e.x1 > x + 1) crossing++;
      else if (e.x1 <= x + 1) {
        l++;
        if (wide(e)) wideL++;
      } else {
        r++;
        if (wide(e)) wideR++;
      }
    }
    // Runs on both sides, and wide runs among them (a column of text, not of table cells).
    const balance = Math.min(l, r, 2 * wideL, 2 * wideR);
    if (!best || crossing < best.crossing || (crossing === best.crossing && balance > best.balance)) best = { x, crossing, balance };
  }
  if (!best) return null;
  // Both sides well filled, and hardly any line across the gap.
  return best.balance >= Math.max(5, lines.length * 0.2) && best.crossing <= lines.length * 0.1 ? best.x : null;
}

/** Elements of a page in reading order, given the gutter (or null). */
export function readingOrder<T extends Placed>(elements: T[], gutter: number | null): T[] {
  const sorted = [...elements].sort((a, b) => b.top - a.top || a.x0 - b.x0);
  if (gutter === null) return sorted;
  const out: T[] = [];
  let leftCol: T[] = [];
  let rightCol: T[] = [];
  const flush = () => {
    out.push(...leftCol, ...rightCol);
    leftCol = [];
    rightCol = [];
  };
  for (const e of sorted) {
    if (e.x0 < gutter - 2 && e.x1 > gutter + 2) {
      flush();
      out.push(e);
    } else if ((e.x0 + e.x1) / 2 < gutter) leftCol.push(e);
    else rightCol.push(e);
  }
  flush();
  return out;
}
