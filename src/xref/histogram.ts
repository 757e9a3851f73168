// Score histograms for choosing cross-link thresholds (printed by scripts/xref-report.ts).

/** Text histogram of scores in [0, 1] with 0.05 buckets, for eyeballing a threshold. */
export function histogram(scores: number[], from = 0, step = 0.05): string {
  const n = Math.round((1 - from) / step);
  const b = new Array<number>(n).fill(0);
  for (const s of scores) if (s >= from) b[Math.min(n - 1, Math.floor((s - from) / step + 1e-9))]++;
  const max = Math.max(1, ...b);
  return b.map((c, i) => `${(from + i * step).toFixed(2)} ${String(c).padStart(6)} ${'#'.repeat(Math.ceil((c / max) * 50))}`).join('\n');
}
