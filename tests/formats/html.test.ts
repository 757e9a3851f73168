// Saved web pages: fixtures written by the tests from the seeds as a government page (top bar, menu,
// breadcrumbs, 政府信息公开 metadata table, share/print links, related articles, footer) and read back:
// the outline must match the .txt seed's, the metadata must reach the facts, the chrome must not.
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/ingest/formats/html.ts';
import { parseSeed } from '../../src/ingest/parse.ts';
import { SeedError } from '../../src/ingest/decode.ts';
import { writeHtml } from '../../src/corpus/formats/write-html.ts';
import { reviewedSlug } from '../../src/build/seeds.ts';
import { agreement, percent } from './compare.ts';
import { pageFacts, renamed, seedFixtures } from './seeds.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const CHROME = ['无障碍', '长者模式', '欢迎访问', '请输入关键词', '当前位置', '政务服务', '分享到', '打印本页', '关闭窗口', '相关文章', '网站标识码', 'ICP备', '扫一扫', '_trackPageview', '浏览次数'];

describe('saved government pages read like their .txt', () => {
  for (const s of seedFixtures()) {
    it(`${s.file}: same outline and tables, metadata as facts, no chrome`, () => {
      const file = renamed(s.file, 'html');
      const facts = pageFacts(s);
      const source = readHtml(utf8(writeHtml(s.doc, facts)), file);
      const plans = parseSeed(file, source, reviewedSlug);
      const a = agreement(s.plans, plans);
      console.log(`html ${s.file}: units ${a.units.equal}/${a.units.total} (${percent(a.units)} %), tables ${a.tables.equal}/${a.tables.total}`);
      expect(a.units.equal / a.units.total, a.missing.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.97);
      expect(a.tables.equal).toBe(a.tables.total);
      const chrome = CHROME.filter((c) => !s.text.includes(c));
      expect(chrome.length).toBeGreaterThanOrEqual(10);
      for (const c of chrome) expect(source.text, c).not.toContain(c);
      expect(source.text.split('\n').slice(0, 3)).toEqual([`索引号：${facts.indexNo}`, `主题分类：${facts.topic}`, `发布机构：${facts.issuer}`]);
      expect(plans[0].meta).toMatchObject({ indexNo: facts.indexNo, topicClass: facts.topic, validity: facts.validity, publishedAt: facts.published });
      expect(plans.map((p) => p.meta.title)).toEqual(s.plans.map((p) => p.meta.title));
    });
  }
});

const page = (body: string, head = '<meta charset="utf-8">') => `<!DOCTYPE html><html><head>${head}<title>某县“十四五”规划_某县人民政府</title></head><body>${body}</body></html>`;
const plan = Array.from({ length: 12 }, (_, i) => `<p>${i + 1}．加强质量基础设施建设。围绕产业发展需求，完善计量、标准、认证认可、检验检测体系，提升公共服务能力。</p>`).join('');

describe('pages in the wild', () => {
  it('a title outside the content is put first; list-style meta; a line break inside a paragraph; source line breaks inside Chinese text vanish', () => {
    const html = page(`<ul class="info"><li><b>索引号：</b>0123/2021-00001</li><li><b>发布日期：</b>2021-11-01</li></ul>
      <div class="main"><h2 class="title">某县“十四五”质量发展规划</h2><div class="con"><p>一、总体要求</p><p>坚持质量第一。<br>坚持标准引领，
      推动高质量发展。</p>${plan}</div></div>`);
    const lines = readHtml(utf8(html), 'p.html').text.split('\n');
    expect(lines.slice(0, 6)).toEqual(['索引号：0123/2021-00001', '发布日期：2021-11-01', '某县“十四五”质量发展规划', '一、总体要求', '坚持质量第一。', '坚持标准引领，推动高质量发展。']);
  });

  it('a GB2312 page is decoded by its declared charset', () => {
    const encoded = encodeGb(page(`<p>一、总体要求</p>${plan}`, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(encoded)).toThrow();
    expect(readHtml(encoded, 'gb.htm').text).toContain('1．加强质量基础设施建设。');
  });

  it('a page laid out with tables is read through them; a data table inside stays a table', () => {
    const html = page(`<table><tr><td><a href="/">首页</a></td></tr><tr><td><table><tr><td><p>一、主要指标</p>${plan}
      <table><tr><th>指标</th><th>2025年</th></tr><tr><td>产品质量合格率</td><td>95%</td></tr></table><p>二、保障措施</p></td></tr></table></td></tr></table>`);
    const source = readHtml(utf8(html), 't.html');
    const lines = source.text.split('\n');
    expect(lines[0]).toBe('某县“十四五”规划');
    expect(lines).toContain('指标\t2025年');
    expect(source.tables).toHaveLength(1);
    expect(source.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([['指标', '2025年'], ['产品质量合格率', '95%']]);
  });

  it('a page that holds no plan fails, naming the file', () => {
    const index = page(`<div class="nav"><a href="#">首页</a></div><ul class="list">${Array.from({ length: 30 }, (_, i) => `<li><a href="#">关于印发第${i}号文件的通知</a><span>2022-01-0${i % 9}</span></li>`).join('')}</ul>`);
    expect(() => readHtml(utf8(index), '列表页.html')).toThrow(SeedError);
    expect(() => readHtml(utf8(index), '列表页.html')).toThrow(/列表页\.html: no plan text found in this web page/);
    expect(() => readHtml(new Uint8Array(), 'empty.html')).toThrow(/empty\.html: file is empty/);
  });
});

/** GB18030 bytes of a string (Node's TextEncoder only writes UTF-8): each character is found by
 * decoding its two-byte GBK code; ASCII stays one byte. */
function encodeGb(s: string): Uint8Array {
  const dec = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) for (let lo = 0x40; lo <= 0xfe; lo++) if (lo !== 0x7f) table.set(dec.decode(new Uint8Array([hi, lo])), [hi, lo]);
  const out: number[] = [];
  for (const ch of s) {
    if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
    else out.push(...(table.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}
