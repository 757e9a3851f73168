// Rounding of similarity scores.

/** Scores are rounded so that JSON output is identical across platforms. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
