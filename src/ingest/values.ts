// Indicator values as written (≥13, 超过15%, 1-2个, 100/90, 18.78件) and what they mean as numbers.
import type { IndicatorValue } from './model.ts';

const NUM = '\\d+(?:\\.\\d+)?';

/** Parses a table cell into an IndicatorValue; null for a blank cell (no value was set). */
export function parseValue(raw: string): IndicatorValue | null {
  const text = raw.replace(/\s+/g, '').replace(/，/g, ',');
  // Blank, or a dash or 无: no value (“-”表示未列入 — the indicator was not part of that plan).
  if (text === '' || /^[-—–－─/\\]+$|^(无|暂无|空|\/)$/.test(text)) return null;
  const v: IndicatorValue = { raw: raw.trim(), op: null, value: null, max: null, values: [], unit: '', year: null };
  let s = text;
  if (/^(≥|>=|不低于|不少于|至少)/.test(s)) { v.op = '≥'; s = s.replace(/^(≥|>=|不低于|不少于|至少)/, ''); }
  else if (/^(≤|<=|不高于|不超过|不多于)/.test(s)) { v.op = '≤'; s = s.replace(/^(≤|<=|不高于|不超过|不多于)/, ''); }
  else if (/^(>|超过|高于|大于)/.test(s)) { v.op = '>'; s = s.replace(/^(>|超过|高于|大于)/, ''); }
  else if (/^(<|低于|小于)/.test(s)) { v.op = '<'; s = s.replace(/^(<|低于|小于)/, ''); }
  if (/(以上|及以上)$/.test(s)) { v.op = v.op ?? '≥'; s = s.replace(/(及以上|以上)$/, ''); }
  else if (/(以下|以内)$/.test(s)) { v.op = v.op ?? '≤'; s = s.replace(/(以下|以内)$/, ''); }
  const pair = new RegExp(`^(${NUM})(/${NUM})+(.*)$`).exec(s);
  const range = new RegExp(`^(${NUM})[-—–~～至到](${NUM})(.*)$`).exec(s);
  const single = new RegExp(`^(${NUM})(.*)$`).exec(s.replace(/,(?=\d{3})/g, ''));
  if (pair) {
    v.values = s.match(new RegExp(NUM, 'g'))!.slice(0, s.split('/').length).map(Number);
    v.value = v.values[0];
    v.unit = pair[3];
  } else if (range) {
    v.value = Number(range[1]);
    v.max = Number(range[2]);
    v.values = [v.value, v.max];
    v.unit = range[3];
  } else if (single) {
    v.value = Number(single[1]);
    v.values = [v.value];
    v.unit = single[2];
  }
  if (v.unit.length > 6) v.unit = '';
  return v;
}
