// Building the outline tree: the level of each numbered line is decided by the markers already open.
import type { MarkerKind, Unit, Warning } from './model.ts';
import { CAPTION, NOTE, type Flow, type Para } from './reflow.ts';
import { readMarker, type Marker } from './markers.ts';
import { isHeadingText } from './blocks.ts';
import { splitItem, splitLead } from './sentence.ts';
import { newRules, readResponsibility, type ResponsibilityRules } from './responsibility.ts';
import { readCitations } from './citations.ts';
import { gluedHeading } from './headingWords.ts';
import type { RawTable } from './table.ts';

interface Open {
  unit: Unit;
  kind: MarkerKind;
}

export interface OutlineResult {
  body: Unit[];
  /** Tables waiting for ids: filled in by assignIds. */
  pendingTables: { unit: Unit; raw: RawTable; caption: string; notes: string[] }[];
  warnings: Warning[];
}


function newUnit(kind: Unit['kind'], line: number, marker: Marker | null, title: string, text: string, rules: ResponsibilityRules): Unit {
  const r = readResponsibility(text, rules);
  const t = r.responsibility ? r.text : text;
  const rt = r.responsibility ? { responsibility: null, text: title } : readResponsibility(title, rules);
  return {
    id: '',
    kind,
    marker: marker?.kind ?? null,
    number: marker?.value ?? 0,
    label: marker?.label ?? '',
    title: rt.text,
    text: t,
    line,
    path: '',
    responsibility: r.responsibility ?? rt.responsibility,
    citations: readCitations(title + t),
    children: [],
  };
}

/** Marker kinds whose lines are mostly short headings in this plan (used to unglue a heading from text). */
function headingKinds(flows: Flow[]): Set<MarkerKind> {
  const count = new Map<MarkerKind, [number, number]>();
  for (const f of flows) {
    if (f.type !== 'para') continue;
    const m = readMarker(f.text);
    if (!m || m.kind === 'dash' || m.kind === 'box') continue;
    const c = count.get(m.kind) ?? [0, 0];
    c[isHeadingText(f.text) ? 0 : 1]++;
    count.set(m.kind, c);
  }
  // At least two of them, and most (60%): one short line of a kind is no pattern; the seeds' heading kinds
  // are 85–100% short lines, their item kinds under 30%.
  return new Set([...count].filter(([, [h, n]]) => h >= 2 && h / (h + n) >= 0.6).map(([k]) => k));
}

/** Share of text lines followed by a blank line: near 1 when a copy separates every line with a blank. */
function blankSeparated(flows: Flow[]): boolean {
  const paras = flows.filter((f): f is Para => f.type === 'para');
  if (paras.length < 4) return false;
  // Copies that put a blank between all lines do so for nearly every line (0.95–1 in the seeds that do,
  // under 0.5 in those that do not); 0.8 separates the two with room for a few glued lines.
  return paras.filter((p) => p.blankBefore >= 1).length / paras.length > 0.8;
}

/** True when a 专栏 box that starts at flows[i] is closed by a double blank line before the next marker. */
function boxHasBlankEnd(flows: Flow[], i: number): boolean {
  for (let k = i + 1; k < flows.length; k++) {
    const f = flows[k];
    if (f.blankBefore >= 2) return true;
    if (f.type === 'para' && readMarker(f.text) && readMarker(f.text)!.kind !== 'dash') return false;
  }
  return false;
}

/** Builds the unit tree of a plan body from its paragraphs and tables. */
export function buildOutline(flows: Flow[], file: string): OutlineResult {
  const root: Unit[] = [];
  const stack: Open[] = [];
  const warnings: Warning[] = [];
  const pendingTables: OutlineResult['pendingTables'] = [];
  const headingLike = headingKinds(flows);
  const rules = newRules();
  const blankStyle = blankSeparated(flows);
  let box: { unit: Unit; blankEnd: boolean; paras: number } | null = null;
  let lastTable: { notes: string[] } | null = null;
  const recent: { holder: Unit[]; unit: Unit }[] = [];
  const attached = new Set<Unit>();

  const top = (): Unit[] => (box ? box.unit.children : stack.length ? stack[stack.length - 1].unit.children : root);
  // Tables and captions belong to the nearest heading, not to a run-on item.
  const headingTarget = (): Unit[] => {
    if (box) return box.unit.children;
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k].unit.text === '') return stack[k].unit.children;
    return root;
  };

  flows.forEach((f, i) => {
    if (f.type === 'table') {
      if (box && f.blankBefore >= 2) box = null;
      const target = headingTarget();
      const caption: string[] = [];
      const notes: string[] = [];
      // Caption and notes were read as paragraphs just before: take them back.
      while (recent.length && caption.length + notes.length < 2) {
        const { holder, unit: p } = recent[recent.length - 1];
        // A caption stands at most a few lines above its table (blank lines between); six lines is past any seen.
        if (holder[holder.length - 1] !== p || f.n - p.line > 6 || !isCaptionOrNote(p)) break;
        recent.pop();
        holder.pop();
        const whole = p.title + p.text;
        if (NOTE.test(whole)) notes.unshift(whole);
        else caption.unshift(whole);
      }
      recent.length = 0;
      const unit = newUnit('table', caption.length ? f.n - 1 : f.n, null, caption.join(' '), '', rules);
      unit.citations = [];
      target.push(unit);
      pendingTables.push({ unit, raw: f.table, caption: caption.join(' '), notes });
      lastTable = { notes };
      return;
    }
    const text = f.text;
    if (lastTable && NOTE.test(text)) {
      lastTable.notes.push(text);
      return;
    }
    lastTable = null;
    const m = readMarker(text);
    if (m) recent.length = 0;
    if (box) {
      const isMarker = m && m.kind !== 'dash';
      if (isMarker || f.blankBefore >= 2 || (!box.blankEnd && blankStyle && box.paras >= 1)) box = null;
    }
    if (m && m.kind === 'box') {
      const parent = top();
      const title = m.rest;
      const unit = newUnit('box', f.n, m, title, '', rules);
      parent.push(unit);
      box = { unit, blankEnd: boxHasBlankEnd(flows, i), paras: 0 };
      return;
    }
    if (m && m.kind !== 'dash') {
      const same = stack.findIndex((s) => s.kind === m.kind);
      // A part closes everything; a chapter closes everything below the part it stands in.
      if (m.kind === 'part') stack.length = 0;
      else if (m.kind === 'chapter') stack.length = stack.findIndex((s) => s.kind === 'part') + 1;
      else if (same >= 0) stack.length = same;
      let { title, text: rest } = splitItem(m.rest);
      let gluedText = '';
      const glued = gluedHeading(m.rest);
      if (glued) {
        title = glued.title;
        rest = '';
        gluedText = glued.text;
      }
      if (!glued && headingLike.has(m.kind) && !isHeadingText(text)) {
        const glued = unglue(m.rest);
        if (glued) {
          title = glued.title;
          rest = '';
          gluedText = glued.text;
          warnings.push({ file, line: f.n, message: 'heading glued to the text after it; split at 、', text: text.slice(0, 60) });
        }
      }
      const kind: Unit['kind'] = m.kind === 'chapter' || m.kind === 'part' ? 'chapter' : 'item';
      const unit = newUnit(kind, f.n, m, title, rest, rules);
      (stack.length ? stack[stack.length - 1].unit.children : root).push(unit);
      stack.push({ unit, kind: m.kind });
      if (gluedText) {
        const lead = splitLead(gluedText);
        unit.children.push(newUnit('paragraph', f.n, null, lead.title, lead.text, rules));
      }
      return;
    }
    if (m && m.kind === 'dash') {
      // A —— item's lead is a short phrase (——质量提升工程): 40 characters, shorter than a numbered item's.
      const { title, text: rest } = splitItem(m.rest, 40);
      top().push(newUnit('item', f.n, m, title, rest, rules));
      if (box) box.paras++;
      return;
    }
    const holder = top();
    if (attachAnnotation(text, holder, stack[stack.length - 1]?.unit ?? null, attached, rules)) return;
    const { title, text: rest } = splitLead(text);
    const unit = newUnit('paragraph', f.n, null, title, rest, rules);
    holder.push(unit);
    recent.push({ holder, unit });
    if (box) box.paras++;
  });
  settleKinds(root);
  return { body: root, pendingTables, warnings };
}

/** A paragraph that is only an annotation (牵头单位：区发改局 ↵ 责任单位：…, or 责任单位：…。 under an
 * item) annotates the unit above it: the last unit of its holder, else the heading it stands under. Two
 * such lines in a row make one annotation (the 责任单位 after a 牵头单位 are the others). Returns false
 * when the paragraph has text of its own or there is nothing above it to annotate. */
function attachAnnotation(text: string, holder: Unit[], heading: Unit | null, attached: Set<Unit>, rules: ResponsibilityRules): boolean {
  const own = readResponsibility(text, { ...rules });
  if (!own.responsibility || own.responsibility.raw === '' || own.text.replace(/[\s。.;；]/g, '') !== '') return false;
  const target = holder.length ? holder[holder.length - 1] : heading;
  if (!target || target.kind === 'table' || (target.responsibility && !attached.has(target))) return false;
  const raw = target.responsibility ? `${target.responsibility.raw}\n${own.responsibility.raw}` : own.responsibility.raw;
  // Read the lines as one annotation, so a 责任单位 list after a 牵头单位 line reads as the others.
  const joined = readResponsibility(raw.replace(/[。.]?\n/g, '；'), rules).responsibility!;
  target.responsibility = { lead: joined.lead, others: joined.others, raw };
  attached.add(target);
  return true;
}

function isCaptionOrNote(u: Unit): boolean {
  const whole = u.title + u.text;
  // Captions and notes are one short line (the longest in the seeds: 38 characters).
  return whole.length <= 60 && (NOTE.test(whole) || (CAPTION.test(whole) && !/。/.test(whole)));
}

/** Splits “（三）加强…保护，持续优化营商环境、加强知识产权行政保护。重点…” at the glue. */
function unglue(rest: string): { title: string; text: string } | null {
  const end = rest.search(/[。！？]/);
  if (end < 0) return null;
  const k = rest.lastIndexOf('、', end);
  // The glued heading is a heading's length (at least 6 characters) and the 、 falls within the first
  // sentence's last 24 characters, as in 加强知识产权高标准保护，持续优化营商环境、加强…保护。
  if (k < 6 || end - k > 24) return null;
  return { title: rest.slice(0, k + 1), text: rest.slice(k + 1) };
}

/** A numbered unit with a title and no body text is a section (a heading); one with text is an item. */
function settleKinds(units: Unit[]): void {
  for (const u of units) {
    if (u.kind === 'item' && u.marker !== 'dash' && u.text === '' && u.title !== '' && (u.children.length > 0 || !/[。！？；;]$/.test(u.title))) u.kind = 'section';
    settleKinds(u.children);
  }
}

