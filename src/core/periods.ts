// Five-year plan periods: 2021–2025 is the 14th (“十四五”). Browser-safe.

/** The five-year plan number of a period (14 for 2021–2025), or null when the period is not one. */
export function fiveYearNumber(period: { from: number | null; to: number | null }): number | null {
  const { from, to } = period;
  // From the third (1966–1970) on, the plans follow each other every five years.
  if (from === null || to === null || to - from !== 4 || from < 1966 || (from - 1966) % 5 !== 0) return null;
  return (from - 1966) / 5 + 3;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** “十四五” for 14: the way plans name their period. */
export function fiveYearName(n: number): string {
  const tens = Math.floor(n / 10);
  return `“${tens ? (tens > 1 ? DIGITS[tens] : '') + '十' : ''}${DIGITS[n % 10]}五”`;
}
