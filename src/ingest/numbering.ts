// Checks of a plan's numbering: a division number that skips ahead or goes back among its siblings is
// reported with the real line, so a person can see where a copy lost or misnumbered a division.
import type { Unit, Warning } from './model.ts';

/** Warnings for jumps and reorderings in the numbering of sibling divisions of the same kind. */
export function numberingWarnings(units: Unit[], file: string): Warning[] {
  const out: Warning[] = [];
  const walk = (list: Unit[]) => {
    const last = new Map<string, Unit>();
    for (const u of list) {
      if (u.marker && u.marker !== 'dash' && u.number > 0) {
        const prev = last.get(u.marker);
        if (prev && u.number > prev.number + 1) out.push({ file, line: u.line, message: `numbering jumps from ${prev.label} to ${u.label}`, text: `${u.label}${u.title}`.slice(0, 60) });
        else if (prev && u.number < prev.number) out.push({ file, line: u.line, message: `numbering goes back from ${prev.label} to ${u.label}`, text: `${u.label}${u.title}`.slice(0, 60) });
        last.set(u.marker, u);
      }
      walk(u.children);
    }
  };
  walk(units);
  return out;
}
