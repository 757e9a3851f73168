// Writes a plan document as a page saved from a government site: top bar, header and search box, menu,
// breadcrumbs, the 政府信息公开 metadata table, the article (title, info bar with 字体 大 中 小 and
// 打印, the text in #zoom with tables as <table>), share and print/close links, related articles and a
// footer. A print style sheet hides the chrome, as such sites do, so printing it gives a plain PDF.
import { shownText, type PlanDocument } from './document.ts';

/** Facts a government page shows in its metadata table. */
export interface PageFacts {
  indexNo: string;
  issuer: string;
  docNumber: string;
  /** 成文日期 and 发布日期, YYYY-MM-DD. */
  written: string;
  published: string;
  topic: string;
  validity: string;
}

/** Escaped text; a run of spaces is written with &nbsp; as editors do, or the page would show one. */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/ {2,}/g, (m) => ` ${'&nbsp;'.repeat(m.length - 1)}`);

/** A cell's text with its own line breaks as <br>. */
const cellHtml = (s: string) => s.split('\n').map(esc).join('<br>');

const STYLE = `
body { font-family: "Noto Serif CJK JP", serif; margin: 0; color: #222; }
.topbar, .header, .nav, .position, .xxgk-meta, .article-info, .share, .print-close, .related, .footer { font-family: sans-serif; font-size: 14px; }
.nav ul { display: flex; gap: 1em; list-style: none; }
.wrap { max-width: 1000px; margin: 0 auto; }
.xxgk-meta table { width: 100%; border-collapse: collapse; }
.xxgk-meta td { border: 1px solid #ccc; padding: 4px; }
h1.article-title { text-align: center; font-size: 22pt; }
#zoom { font-size: 16pt; line-height: 1.8; }
#zoom p { margin: 0; text-indent: 2em; text-align: justify; }
#zoom p.title { text-indent: 0; text-align: center; font-size: 20pt; font-weight: bold; }
#zoom table { border-collapse: collapse; width: 100%; margin: .5em 0; font-size: 12pt; }
#zoom td, #zoom th { border: 1px solid #000; padding: 3px 4px; }
@media print {
  .topbar, .header, .nav, .position, .xxgk-meta, h1.article-title, .article-info, .share, .print-close, .related, .footer { display: none; }
  .wrap { max-width: none; }
}`;

/** The article's content (#zoom): paragraphs as <p>, blank lines as empty paragraphs, tables as <table>. */
export function articleHtml(doc: PlanDocument): string {
  return doc.blocks.map((b) => {
    if (b.kind === 'blank') return '<p>&nbsp;</p>';
    if (b.kind === 'para') return b.title ? `<p class="title">${esc(shownText(b))}</p>` : `<p>${esc(shownText(b))}</p>`;
    const rows = b.rows.map((r, i) => `<tr>${r.map((c) => {
      const tag = i === 0 ? 'th' : 'td';
      return `<${tag}${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}${c.colspan ? ` colspan="${c.colspan}"` : ''}>${cellHtml(c.text)}</${tag}>`;
    }).join('')}</tr>`);
    return `<table><thead>${rows[0] ?? ''}</thead><tbody>${rows.slice(1).join('\n')}</tbody></table>`;
  }).join('\n');
}

/** A whole saved page around a plan document. */
export function writeHtml(doc: PlanDocument, facts: PageFacts, site = '某市人民政府'): string {
  const metaRow = (a: [string, string], b: [string, string]) => `<tr><td class="label">${a[0]}：</td><td>${esc(a[1])}</td><td class="label">${b[0]}：</td><td>${esc(b[1])}</td></tr>`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${esc(doc.title)}_${site}</title>
<meta name="ArticleTitle" content="${esc(doc.title)}">
<meta name="PubDate" content="${facts.published} 09:30">
<meta name="ContentSource" content="${esc(facts.issuer)}">
<style>${STYLE}</style>
<script>var _hmt = _hmt || []; _hmt.push(['_trackPageview']);</script>
</head>
<body>
<div class="topbar"><div class="wrap">欢迎访问${site}网站 | <a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">登录</a> | <a href="#">注册</a></div></div>
<div class="header"><div class="wrap"><div class="logo">${site}</div><form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div></div>
<div class="nav"><div class="wrap"><ul><li><a href="#">首页</a></li><li><a href="#">走进${site.slice(0, 2)}</a></li><li><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li><li><a href="#">专题专栏</a></li></ul></div></div>
<div class="position wrap">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政府信息公开</a> &gt; <a href="#">规划计划</a></div>
<div class="xxgk-meta wrap"><table>
${metaRow(['索 引 号', facts.indexNo], ['主题分类', facts.topic])}
${metaRow(['发布机构', facts.issuer], ['成文日期', facts.written])}
${metaRow(['文　　号', facts.docNumber], ['发布日期', facts.published])}
<tr><td class="label">名　　称：</td><td colspan="3">${esc(doc.title)}</td></tr>
${metaRow(['有 效 性', facts.validity], ['公开方式', '主动公开'])}
</table></div>
<div class="article wrap">
<h1 class="article-title">${esc(doc.title)}</h1>
<div class="article-info"><span>发布时间：${facts.published} 09:30</span> <span>来源：${esc(facts.issuer)}</span> <span>浏览次数：1024</span> <span class="fontsize">【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span> <a href="#">打印</a></div>
<div id="zoom" class="article-content TRS_Editor">
${articleHtml(doc)}
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
<div class="print-close"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></div>
</div>
<div class="related wrap"><h3>相关文章</h3><ul><li><a href="#">关于开展2023年度知识产权示范企业申报工作的通知</a></li><li><a href="#">2022年政府信息公开工作年度报告</a></li><li><a href="#">政府信息公开指南</a></li></ul></div>
<div class="footer"><div class="wrap"><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a><br>主办单位：${site}办公室　承办单位：${site}大数据管理中心<br>网站标识码：3204810001　苏ICP备12345678号　苏公网安备 32048102000123号<br>扫一扫在手机上查看当前页面</div></div>
</body></html>
`;
}
