// Documents cited by title in 《…》.

/** Titles cited in a text, in order of first appearance, without repeats. */
export function readCitations(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/《([^《》\n]{1,80})》/g)) {
    const t = m[1].trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}
