// `node scripts/xref-report.ts`: runs the cross-link builders on content/data and prints figures and
// score histograms used to choose the thresholds. Usage: node scripts/xref-report.ts [--out file.json] [--verbose]
import { writeFileSync } from 'node:fs';
import { projectPaths } from '../src/build/config.ts';
import { readPlanDocs } from '../src/build/data.ts';
import { collectClauses, sortPlans } from '../src/xref/clauses.ts';
import { indicatorFlags, indicatorTerm } from '../src/xref/indicatorNames.ts';
import { buildXref } from '../src/xref/index.ts';
import { taskClauses, taskPairs } from '../src/xref/related.ts';
import { diceBigrams } from '../src/core/text.ts';
import { THRESHOLDS } from '../src/xref/thresholds.ts';
import { termScore } from '../src/xref/taskIndicators.ts';
import { histogram } from '../src/xref/histogram.ts';

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const outAt = args.indexOf('--out');
  const plans = sortPlans(readPlanDocs(projectPaths().contentData));
  const x = buildXref(plans);
  const clauses = collectClauses(plans);
  const tasks = taskClauses(clauses, THRESHOLDS.relatedMinChars);
  console.log(`plans ${plans.length}: ${plans.map((p) => `${p.slug}(${p.indicators.length} ind)`).join(' ')}`);
  console.log(`clauses ${clauses.length}, task clauses ${tasks.length}`);

  const pairs = taskPairs(tasks, 0.05);
  const best = new Map<unknown, number>();
  for (const p of pairs) for (const c of [p.a, p.b]) best.set(c, Math.max(best.get(c) ?? 0, p.score));
  console.log('\n== related: all cross-plan pair scores ≥ 0.05 (TF-IDF bigram cosine)');
  console.log(histogram(pairs.map((p) => p.score), 0.05));
  console.log('\n== related: best score per task clause');
  console.log(histogram([...best.values()], 0.05));
  const band = (lo: number, hi: number) => pairs.filter((p) => p.score >= lo && p.score < hi).slice(0, verbose ? 8 : 3);
  for (const [lo, hi] of [[0.15, 0.2], [0.2, 0.25], [0.25, 0.3], [0.3, 0.4], [0.4, 0.6], [0.6, 1.01]]) {
    console.log(`\n-- sample pairs in [${lo}, ${hi})`);
    for (const p of band(lo, hi)) console.log(`${p.score.toFixed(3)}  ${p.a.plan}/${p.a.unit.id} ${p.a.ref.excerpt.slice(0, 40)}\n       ${p.b.plan}/${p.b.unit.id} ${p.b.ref.excerpt.slice(0, 40)}`);
  }

  console.log('\n== indicator names: pairwise Dice of key terms (different plans, same flags) ≥ 0.4');
  const inds = plans.flatMap((p) => p.indicators.map((i) => ({ plan: p.slug, name: i.name, term: indicatorTerm(i.name) })));
  const dices: string[] = [];
  for (let i = 0; i < inds.length; i++)
    for (let j = i + 1; j < inds.length; j++) {
      if (inds[i].plan === inds[j].plan || indicatorFlags(inds[i].term) !== indicatorFlags(inds[j].term)) continue;
      const d = diceBigrams(inds[i].term, inds[j].term);
      if (d >= 0.4 && inds[i].term !== inds[j].term) dices.push(`${d.toFixed(2)} ${inds[i].term} ~ ${inds[j].term}`);
    }
  console.log([...new Set(dices)].sort().reverse().join('\n'));

  console.log('\n== indicator term → clause containment scores (same plan)');
  const ts: number[] = [];
  for (const p of plans) {
    const own = clauses.filter((c) => c.plan === p.slug && c.unit.kind !== 'table' && c.own.trim());
    for (const ind of p.indicators) for (const c of own) {
      const s = termScore(indicatorTerm(ind.name), c.own);
      if (s > 0) ts.push(s);
    }
  }
  console.log(histogram(ts, 0));

  console.log('\n== figures');
  const topicHits = x.topics.reduce((n, t) => n + t.clauses.length, 0);
  console.log(`bodies ${x.bodies.length} (tasks ${x.bodies.reduce((n, b) => n + b.tasks.length, 0)})`);
  console.log(`documents ${x.documents.length}, of them corpus plans ${x.documents.filter((d) => d.planSlug).length}`);
  console.log(`topics ${x.topics.length}, clause hits ${topicHits}: ${x.topics.map((t) => `${t.name}=${t.clauses.length}/${t.count}`).join(' ')}`);
  console.log(`related entries ${x.related.length}, links ${x.related.reduce((n, r) => n + r.similar.length, 0)}, distinct pairs ${pairs.filter((p) => p.score >= THRESHOLDS.relatedMin).length}`);
  console.log(`sameText groups ${x.sameText.length} (tables ${x.sameText.filter((g) => g.kind === 'table').length}, identical ${x.sameText.filter((g) => g.identical).length})`);
  console.log(`taskIndicators: indicators with links ${x.taskIndicators.byIndicator.filter((t) => t.clauses.length).length}/${x.taskIndicators.byIndicator.length}, clauses ${x.taskIndicators.byClause.length}`);
  console.log(`indicatorGroups ${x.indicatorGroups.length}`);
  for (const g of x.indicatorGroups) console.log(`  ${g.label} [${g.plans.join(' ')}]: ${g.members.map((m) => `${m.plan.split('-')[0]}:${m.name}=${m.target?.raw ?? ''}`).join(' | ')}`);
  console.log(`proseTargets ${x.proseTargets.length}`);
  if (verbose) {
    for (const b of x.bodies) console.log(`  body ${b.id} ${b.name} lead ${b.leadCount} other ${b.otherCount} ${b.variants.length > 1 ? b.variants.join('/') : ''}`);
    for (const d of x.documents) console.log(`  doc ${d.id} ${d.title} ×${d.citedBy.length}${d.planSlug ? ' → ' + d.planSlug : ''}`);
    for (const g of x.sameText) console.log(`  same ${g.kind} ${g.identical ? '=' : g.score} ${g.members.map((m) => `${m.plan}/${m.id}`).join(' ')} ${g.members[0].excerpt.slice(0, 30)}`);
    for (const t of x.taskIndicators.byIndicator) console.log(`  ind ${t.indicator.plan}/${t.indicator.id} ${t.indicator.term}: ${t.clauses.map((c) => `${c.id}(${c.score})`).join(' ')}`);
    for (const t of x.proseTargets) console.log(`  target ${t.clause.plan}/${t.clause.id} ${t.year ?? '-'} ${t.op ?? ''}${t.value}${t.max !== null ? '-' + t.max : ''}${t.unit} «${t.subject}» ${t.raw}`);
  }
  if (outAt >= 0) writeFileSync(args[outAt + 1], JSON.stringify(x, null, 2) + '\n');
}

main();
