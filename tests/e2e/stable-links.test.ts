// Links that survive edits, end to end: the real seeds are built in a temp project, then one plan is
// edited there (a paragraph inserted, one reworded, one deleted) and built again. Every old link must
// still open its own text; the reworded one is marked 本条已修改 with its earlier wording; the deleted one
// says so and offers the nearest clause; the registry file records it all for review.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { buildProject, tempProject } from './project.ts';
import { removeProject } from '../../src/corpus/project.ts';
import { readPlanDocs, readValidated } from '../../src/build/data.ts';
import { IdRegistry, PublishedIds, type OutlineNode, type PlanDoc } from '../../src/core/schema/index.ts';
import { serveDist } from '../site/server.ts';
import { launch } from '../site/browser.ts';
import { requireChromium } from '../built.ts';

const flat = (ns: OutlineNode[]): OutlineNode[] => ns.flatMap((n) => [n, ...flat(n.children)]);
const own = (n: OutlineNode) => n.title + n.text;

describe('links that survive edits', () => {
  requireChromium();
  let dir = '';
  let before: PlanDoc;
  let after: PlanDoc;
  let picked: { parent: string; inserted: OutlineNode; reworded: OutlineNode; deleted: OutlineNode; shifted: OutlineNode[] };
  let browser: Browser;
  let srv: Awaited<ReturnType<typeof serveDist>>;
  const INSERTED = '新增一段：开展数据知识产权保护试点，探索数据产权登记。';

  beforeAll(async () => {
    dir = tempProject('real');
    const first = buildProject(dir, { BUILD_DATE: '2026-01-01' });
    expect(first.status, first.stderr).toBe(0);
    // A division with four paragraphs each on one line of its seed: edits there touch nothing else.
    const docs = readPlanDocs(join(dir, 'dist/data'));
    const lines = (d: PlanDoc) => readFileSync(join(dir, 'seeds', d.source.file), 'utf8').split('\n');
    for (const d of docs) {
      const seed = lines(d);
      for (const n of flat(d.outline)) {
        const ps = n.children.filter((c) => c.kind === 'paragraph' && seed[c.line - 1]?.trim() === own(c).trim());
        if (ps.length < 4 || picked) continue;
        before = d;
        picked = { parent: n.id, inserted: ps[1], reworded: ps[2], deleted: ps[3], shifted: ps.slice(1) };
      }
      if (picked) break;
    }
    expect(picked, 'a division with four one-line paragraphs').toBeTruthy();
    const file = join(dir, 'seeds', before.source.file);
    const seed = readFileSync(file, 'utf8').split('\n');
    const { inserted, reworded, deleted } = picked;
    seed[reworded.line - 1] = seed[reworded.line - 1].replace('，', '，进一步');
    seed[deleted.line - 1] = '';
    seed.splice(inserted.line - 1, 0, INSERTED, '');
    writeFileSync(file, seed.join('\n'));
    const second = buildProject(dir, { BUILD_DATE: '2026-02-01' });
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout + second.stderr).toContain(`id registry updated: src/build/ids/${before.slug}.json`);
    after = readPlanDocs(join(dir, 'dist/data')).find((d) => d.slug === before.slug)!;
    srv = await serveDist(join(dir, 'dist'));
    browser = await launch();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    if (dir) removeProject(dir);
  });

  it('every id that still exists opens its own text; the parser alone would have shifted them', () => {
    const old = new Map(flat(before.outline).map((n) => [n.id, n]));
    const now = new Map(flat(after.outline).map((n) => [n.id, n]));
    let same = 0;
    for (const [id, n] of old) {
      if (id === picked.reworded.id || id === picked.deleted.id) continue;
      expect(now.get(id) && own(now.get(id)!), id).toBe(own(n));
      same++;
    }
    expect(same).toBeGreaterThan(50);
    // The inserted paragraph took a new id; the place-derived one still belongs to the old text.
    const added = flat(after.outline).find((n) => own(n) === INSERTED)!;
    expect(old.has(added.id)).toBe(false);
    expect(own(now.get(picked.inserted.id)!)).toBe(own(picked.inserted));
  });

  it('the reworded paragraph keeps its id; the registry and the published history record both edits', () => {
    const reworded = flat(after.outline).find((n) => n.id === picked.reworded.id)!;
    expect(own(reworded)).toContain('进一步');
    expect(flat(after.outline).some((n) => n.id === picked.deleted.id)).toBe(false);
    const registry = readValidated(join(dir, 'src/build/ids', `${before.slug}.json`), IdRegistry);
    expect(registry.history).toEqual([
      { id: picked.reworded.id, status: 'changed', since: '2026-02-01', text: own(picked.reworded), nearest: '' },
      { id: picked.deleted.id, status: 'deleted', since: '2026-02-01', text: own(picked.deleted), nearest: picked.parent },
    ]);
    const ids = readValidated(join(dir, 'dist/data/ids', `${before.slug}.json`), PublishedIds);
    expect(ids.history[1].nearestUrl).toBe(flat(after.outline).find((n) => n.id === picked.parent)!.url);
    expect(ids.urls[picked.reworded.id]).toBe(reworded.url);
  });

  it('an old link to the reworded paragraph opens it marked 本条已修改, the earlier wording one click away', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(srv.url + picked.reworded.url);
    const note = page.locator(`[id="${picked.reworded.id}"] > .unit-earlier`);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.locator('.unit-changed').textContent()).toContain('本条已修改');
    await note.locator('summary').click();
    expect(await note.locator('.earlier-text').innerText()).toContain(own(picked.reworded).trim());
    // Units that were not reworded carry no such note.
    expect(await page.locator(`[id="${picked.inserted.id}"] > .unit-earlier`).count()).toBe(0);
    await page.close();
  });

  it('an old link to the deleted paragraph says so, shows its wording and offers the nearest clause', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(srv.url + picked.deleted.url);
    const box = page.locator('.anchor-missing');
    await expect.poll(() => box.isVisible()).toBe(true);
    expect(await box.textContent()).toContain('已于 2026-02-01 从本规划中删除');
    expect(await box.locator('details p').textContent()).toBe(own(picked.deleted));
    const near = box.getByRole('link');
    expect(await near.getAttribute('href')).toBe(flat(after.outline).find((n) => n.id === picked.parent)!.url);
    await page.close();
  });
});
