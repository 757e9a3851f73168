// Fidelity: every sentence of every plan's text, as parsed, appears on the plan's page in dist/.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { builtPlans, fileOf } from '../built.ts';
import type { OutlineNode } from '../../src/core/schema/index.ts';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');
const pageText = (html: string) => decode(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '')).replace(/\s+/g, '');

describe('fidelity of the built site', () => {
  it('shows every sentence of every plan on its page', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const plan of builtPlans()) {
      const cache = new Map<string, string>();
      const textOf = (url: string) => {
        const path = fileOf(url);
        if (!cache.has(path)) cache.set(path, existsSync(path) ? pageText(readFileSync(path, 'utf8')) : '');
        return cache.get(path)!;
      };
      const walk = (nodes: OutlineNode[]) => {
        for (const n of nodes) {
          const page = textOf(n.url);
          const pieces = (n.title + n.text).split(/(?<=[。；！？])/).concat(n.kind === 'table' ? n.table.rows.flatMap((r) => r.cells) : []);
          for (const s of pieces.map((x) => x.replace(/\s+/g, '')).filter((x) => x.length >= 2)) {
            checked++;
            if (!page.includes(s)) missing.push(`${plan.slug} ${n.url}: ${s.slice(0, 40)}`);
          }
          walk(n.children);
        }
      };
      walk(plan.outline);
    }
    console.log(`[fidelity] ${checked} sentences and cells checked, ${missing.length} missing`);
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
