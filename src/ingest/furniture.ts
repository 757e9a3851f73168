// Lines that belong to the page or the web site around a plan, not to the plan's own text.

import type { StrippedRole } from './model.ts';

const WEB_META = /^[•·●▪\-\s]*(发布时间|发布日期|信息来源|来源|审核人|责任编辑|作者|浏览次数|点击数|访问量|索引号|文号|主题分类|发文机关|成文日期|公开方式)[:：]/;
const SITE = /^[•·●▪\s]*(【?字体[:：]?|打印|【打印】|【关闭】|关闭窗口|关闭|返回顶部|扫一扫在手机上查看当前页面|分享到[:：]?|大\s*中\s*小\s*】?|【\s*大\s*中\s*小\s*】|\[\s*打印本页\s*\]|\[\s*关闭窗口\s*\])$/;
const IMAGE = /^\[(image|图片)[:：][^\]]*\]$|^!\[[^\]]*\]\([^)]*\)$/i;
const PAGE_NUMBER = /^[-—–－]\s*\d{1,4}\s*[-—–－]$|^第\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?$/;
const BOOKMARK = /^_\d{6,}$|^_Toc\d+$/;

/** Classifies a trimmed line as site furniture when it is nothing a plan would say itself. */
export function furnitureRole(text: string): StrippedRole | null {
  if (text === '') return null;
  if (IMAGE.test(text)) return 'image';
  if (PAGE_NUMBER.test(text)) return 'page-number';
  if (BOOKMARK.test(text)) return 'bookmark';
  if (WEB_META.test(text)) return 'web-meta';
  if (SITE.test(text)) return 'site';
  return null;
}

/** Reads a web metadata line into its field name and value (发布时间 → 2021-11-01 14:10). */
export function webMetaField(text: string): { key: string; value: string } | null {
  const m = WEB_META.exec(text);
  if (!m) return null;
  return { key: m[1], value: text.slice(m[0].length).trim() };
}

/** 抄送 line: opens the footer of an official document. */
export const COPY_TO = /^抄[\s\u3000]*送[:：]/;
