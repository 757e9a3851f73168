// Thresholds of the cross-link builders, chosen on the 7 seed plans with `node scripts/xref-report.ts --verbose`.
import type { XrefThresholds } from '../core/schema/xref.ts';

export const THRESHOLDS: XrefThresholds = {
  // related (TF-IDF bigram cosine between task clauses of different plans). Measured on the seeds:
  // 432 task clauses, 2,929 cross-plan pairs ≥ 0.05, of which 315 in [0.10, 0.15), 97 in [0.15, 0.20),
  // 46 in [0.20, 0.25), 15 in [0.25, 0.30), 39 ≥ 0.30. Reading samples per band: ≥ 0.25 the pairs share
  // the measure (知识产权服务体系 ↔ 服务能力, 人才队伍 ↔ 人才规模); [0.20, 0.25) still share the topic
  // (中以创新园 international cooperation, 高价值专利培育, 海外维权); [0.15, 0.20) mostly share only the
  // genre (review paragraphs, “以习近平新时代…” guiding-thought boilerplate). So 0.20: the top of the
  // long tail, where a reader following the link finds the same measure or the same topic.
  relatedMin: 0.2,
  relatedTop: 3,
  // Shorter clauses (headings, one-line goals) give unstable bigram vectors.
  relatedMinChars: 30,
  // sameText (raw bigram cosine): repeated paragraphs score 0.977–0.995 (the 武进 market/food goal
  // paragraph, the 溧阳/武进 宣传 paragraph); the next pair down is 0.862, a paraphrase. 0.95 sits in the gap.
  sameTextMin: 0.95,
  sameTextMinChars: 20,
  // taskIndicators (share of the term's bigrams in a clause): at 0.714–0.778 matches come only from the
  // ubiquitous 企业/知识产权 bigrams (企业知识产权总监 matched 14 unrelated clauses); ≥ 0.8 they are
  // true mentions with a word inserted (马德里商标国际注册 0.833, 知识产权司法案件结案率 0.9).
  indicatorTermMin: 0.8,
  // indicatorGroups (Dice of key-term bigrams): true matches score 0.80–0.91 (执业专利代理人 ~ 专利代理人,
  // …占GDP的比重 ~ …占GDP比重); 0.70–0.73 are different indicators (知识产权服务机构 ~ …主营业务收入,
  // 司法案件结案率 ~ 行政执法案件结案率). 0.75 separates them; successor indicators with lower Dice are
  // joined by the reviewed INDICATOR_SUCCESSORS table (indicatorNames.ts).
  indicatorGroupMin: 0.75,
};
