// The ledger, region and lineage pages of the built site against the published data.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLedger, readLineage, readRegions } from '../../src/build/data.ts';
import { builtPlans, DATA, fileOf } from '../built.ts';

const plans = builtPlans();
const ledger = readLedger(DATA);
const regions = readRegions(DATA);
const lineage = readLineage(DATA);
const page = (url: string) => readFileSync(fileOf(url), 'utf8');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('ledger pages', () => {
  it('every indicator has a page stating its status and the reason, and the row it came from', () => {
    expect(ledger.entries.length).toBe(plans.reduce((n, p) => n + p.indicators.length, 0));
    for (const e of ledger.entries) {
      const h = page(e.url);
      expect(h, e.url).toContain(`lstatus--${e.status.status}`);
      expect(h, e.url).toContain(escape(e.status.reason));
      expect(h, e.url).toContain(`href="${e.rowUrl}"`);
    }
  });

  it('a status other than 未报告 names the actual it was computed from, on the page', () => {
    const graded = ledger.entries.filter((e) => e.status.basis.actual !== null);
    expect(graded.length).toBeGreaterThan(0);
    for (const e of graded) {
      const o = e.observations[e.status.basis.actual!];
      const h = page(e.url);
      const row = h.slice(0, h.indexOf('<td>实际</td>'));
      expect(row.slice(row.lastIndexOf('<tr>')), e.url).toContain(escape(o.value.raw));
    }
  });

  it('the 十二五 review rows of 常州 are graded from their own numbers', () => {
    const review = ledger.entries.filter((e) => e.plan === 'changzhou-ip-2016' && e.review);
    expect(review.filter((e) => e.status.status === 'achieved').length).toBeGreaterThanOrEqual(10);
    const r2 = review.find((e) => e.name === '专利申请量')!;
    expect(r2.status.reason).toContain('180901件');
    expect(r2.status.reason).toContain('80000件');
  });

  it('plan ledgers, overviews and the indicators page link to each other', () => {
    for (const p of plans.filter((x) => x.indicators.length)) {
      const ledgerUrl = ledger.entries.find((e) => e.plan === p.slug)!.url.replace(/[^/]+\/$/, '');
      expect(page(p.url), p.slug).toContain(`href="${ledgerUrl}"`);
      expect(existsSync(fileOf(ledgerUrl))).toBe(true);
    }
  });
});

describe('region and lineage pages', () => {
  it('every region on a plan path has a page that lists its own plans; overviews link to their regions', () => {
    for (const r of regions.regions) {
      const h = page(r.url);
      for (const p of r.plans) expect(h, r.code).toContain(`href="${p.url}"`);
    }
    for (const p of plans) for (const r of p.meta.regionPath) expect(page(p.url), p.slug).toContain(`href="${regions.regions.find((x) => x.code === r.code)!.url}"`);
  });

  it('a plan without a predecessor or successor in the corpus says so', () => {
    const l = lineage.plans.find((x) => x.slug === 'wujin-ip-2021')!;
    expect(l.predecessor).toBeNull();
    const h = page(plans.find((p) => p.slug === 'wujin-ip-2021')!.url);
    expect(h).toContain('本库未收录“十三五”时期同地区同领域的规划');
    expect(h).toContain('本库未收录“十五五”时期同地区同领域的规划');
  });

  it('常州 (city) is linked from 武进 and 溧阳 as the higher-level plan of another period', () => {
    for (const slug of ['wujin-ip-2021', 'liyang-ip-2021']) {
      const l = lineage.plans.find((x) => x.slug === slug)!;
      expect(l.higher.map((h) => [h.slug, h.overlaps])).toEqual([['changzhou-ip-2016', false]]);
    }
  });
});
