// An item's title or a paragraph's lead sentence: the first sentence when it names a measure.

const FIRST_SENTENCE = /^[^。！？]*[。！？]/;

/** Splits a numbered item's text into its title (first sentence) and body. */
export function splitItem(rest: string, maxTitle = 60): { title: string; text: string } {
  const m = FIRST_SENTENCE.exec(rest);
  if (m && m[0].length <= maxTitle && m[0].length < rest.length) return { title: m[0], text: rest.slice(m[0].length) };
  // No sentence end: a heading when short (the seeds' headings run to 38 characters; 50 leaves room).
  if (!m && rest.length <= 50) return { title: rest, text: '' };
  if (m && m[0].length === rest.length && rest.length <= 60) return { title: rest, text: '' };
  return { title: '', text: rest };
}

/** Splits an unnumbered paragraph into its lead sentence (“加强质量基础设施建设。”) and the rest. */
export function splitLead(text: string): { title: string; text: string } {
  const m = FIRST_SENTENCE.exec(text);
  if (!m || m[0].length === text.length) return { title: '', text };
  const lead = m[0];
  // A lead sentence names a measure: short, at most one comma, no colon, not a time or place opener.
  // Lead sentences in the seeds are 6–20 characters with at most one comma; longer first sentences are
  // ordinary prose (22 keeps every seed lead and no prose opener).
  if (lead.length > 22 || (lead.match(/[，,]/g)?.length ?? 0) > 1 || /[：:“”"]/.test(lead)) return { title: '', text };
  if (/^(到|至|在|从|为|根据|按照|截至|经过|目前|当前|同时|其中|此外|“十)/.test(lead)) return { title: '', text };
  return { title: lead, text: text.slice(lead.length) };
}
