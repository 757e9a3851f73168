// Homophones of common characters, for typing errors of pinyin input methods (电悌 for 电梯, 质压 for
// 质押). Readings are toneless and fold the initials and finals that input methods commonly treat as
// the same (模糊音: z/zh, c/ch, s/sh, n/l, -n/-ng), since a tone or such a pair is the usual slip.
// The table (pinyin-table.ts, ~18 kB gzipped) is only loaded when a search needs it.

/** Which characters sound alike. */
export interface Homophones {
  /** True when a and b share a (folded) reading; false for unknown characters. */
  same(a: string, b: string): boolean;
  /** The common characters that sound like c (c itself excluded), most common readings first. */
  like(c: string): string[];
}

/** A reading folded so that the usual input-method confusions coincide. */
export function foldReading(s: string): string {
  return s.replace(/^([zcs])h/, '$1').replace(/^l/, 'n').replace(/([aeiu])ng$/, '$1n');
}

/** Homophones from 'syllable:chars;…' groups. */
export function homophonesFrom(groups: string): Homophones {
  const byChar = new Map<string, Set<string>>();
  const byReading = new Map<string, string[]>();
  for (const g of groups.split(';')) {
    const [syl, cs] = g.split(':');
    const r = foldReading(syl);
    const list = byReading.get(r) ?? byReading.set(r, []).get(r)!;
    for (const c of cs) {
      list.push(c);
      (byChar.get(c) ?? byChar.set(c, new Set()).get(c)!).add(r);
    }
  }
  return {
    same(a, b) {
      if (a === b) return true;
      const ra = byChar.get(a);
      const rb = byChar.get(b);
      if (!ra || !rb) return false;
      for (const r of ra) if (rb.has(r)) return true;
      return false;
    },
    like(c) {
      const out = new Set<string>();
      for (const r of byChar.get(c) ?? []) for (const x of byReading.get(r) ?? []) if (x !== c) out.add(x);
      return [...out];
    },
  };
}

let loaded: Promise<Homophones> | null = null;

/** The homophone table, loaded on first use (a separate chunk in the browser). */
export function loadHomophones(): Promise<Homophones> {
  loaded ??= import('../pinyin-table.ts').then((m) => homophonesFrom(m.PINYIN_GROUPS));
  return loaded;
}
