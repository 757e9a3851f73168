// /plans/<slug>/citation.ris: the plan's citation for reference managers (RIS), written at build time.
import type { APIRoute } from 'astro';
import { loadPlans } from '../../../lib/data.ts';
import { citeSourceOf } from '../../../lib/plan-facts.ts';
import { risRecord } from '../../../core/cite.ts';
import type { PlanDoc } from '../../../core/schema/index.ts';

export function getStaticPaths() {
  return loadPlans().map((plan) => ({ params: { slug: plan.slug }, props: { plan } }));
}

export const GET: APIRoute = ({ props }) => {
  const plan = (props as { plan: PlanDoc }).plan;
  return new Response(risRecord(citeSourceOf(plan)), { headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' } });
};
