// The review report of `npm run ingest -- --check DIR --report FILE`: one HTML page a person can skim,
// with every plan's title, facts, units by kind and warnings, and every line of the seed with its role and
// the reason it was given (set-aside lines shaded), so a wrong title or a swallowed line is seen at once.
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { Plan, Unit } from '../ingest/model.ts';

/** Units by kind over a parsed outline. */
function kinds(units: Unit[], out: Record<string, number> = {}): Record<string, number> {
  for (const u of units) {
    out[u.kind] = (out[u.kind] ?? 0) + 1;
    kinds(u.children, out);
  }
  return out;
}

/** Facts a reviewer checks first. */
function facts(p: Plan): [string, string][] {
  const m = p.meta;
  return [
    ['标题', m.title], ['地区', m.regionPath.length ? `${m.regionPath.map((r) => r.name).join(' › ')}（${m.regionCode}）` : m.region], ['发布机关', m.issuer],
    ['文号', m.docNumber], ['成文日期', m.date], ['发布日期', m.publishedAt], ['规划期', m.period.from || m.period.to ? `${m.period.from ?? '?'}–${m.period.to ?? '?'}` : ''],
    ['类别', m.kind], ['索引号', m.indexNo], ['主题分类', m.topicClass], ['有效性', m.validity],
  ];
}

/** One plan: facts, counts, warnings and its lines with roles. */
function planSection(p: Plan, lines: string[]): Element {
  const set = new Map(p.stripped.map((s) => [s.line, s]));
  const rows: Element[] = [];
  for (let n = p.source.startLine; n <= p.source.endLine; n++) {
    const text = lines[n - 1] ?? '';
    if (text.trim() === '') continue;
    const s = set.get(n);
    rows.push(h('tr', { className: s ? ['aside', `role-${s.role}`] : ['body'] }, [h('td', String(n)), h('td', s?.role ?? 'body'), h('td', s?.reason ?? ''), h('td', text)]));
  }
  return h('section', [
    h('h2', p.meta.title || '（无标题）'),
    h('dl', facts(p).filter(([, v]) => v).flatMap(([k, v]) => [h('dt', k), h('dd', v)])),
    h('p', `单元：${Object.entries(kinds(p.body)).map(([k, v]) => `${k} ${v}`).join('，')}；指标 ${p.indicators.length}；行 ${p.source.startLine}–${p.source.endLine}`),
    p.warnings.length ? h('ul', { className: ['warnings'] }, p.warnings.map((w) => h('li', `${w.file}:${w.line}: ${w.message}${w.text ? ` — “${w.text}”` : ''}`))) : h('p', '无警告'),
    h('details', [h('summary', '逐行角色'), h('table', [h('thead', h('tr', [h('th', '行'), h('th', '角色'), h('th', '原因'), h('th', '文本')])), h('tbody', rows)])]),
  ]);
}

/** The whole report for the files of a check run. */
export function reportHtml(files: { file: string; text: string; plans: Plan[]; error?: string }[]): string {
  const style = 'body{font:14px/1.6 system-ui,sans-serif;margin:2rem;max-width:80rem}dt{font-weight:700;float:left;width:6rem}dd{margin-left:7rem}tr.aside{background:#f3f3f3;color:#666}td{vertical-align:top;padding:0 .5rem}.warnings{color:#8a1c1c}h1{font-size:1.4rem}';
  const tree = h('html', { lang: 'zh-CN' }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', 'PlanAtlas ingest review'), h('style', style)]),
    h('body', [
      h('h1', `种子审阅：${files.length} 个文件，${files.reduce((n, f) => n + f.plans.length, 0)} 部规划`),
      ...files.map((f) => h('article', [h('h1', f.file), ...(f.error ? [h('p', { className: ['warnings'] }, f.error)] : []), ...f.plans.map((p) => planSection(p, f.text.split(/\r\n|\r|\n/)))])),
    ]),
  ]);
  return '<!doctype html>\n' + toHtml(tree);
}
