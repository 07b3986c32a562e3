/**
 * Topic scores from the topic-term hits (and the tracked commitments the page restates). Each distinct term adds its weight, repeats add less
 * (weight · (1 + ln count)), and a term in the page title counts once more. A topic is relevant when its
 * score reaches RELEVANCE_THRESHOLD *and* it rests on more than one mention, so a single stray
 * "facial recognition" in an unrelated article (score 3) never makes a page relevant.
 */
import type { Topic } from '../data/schema';
import type { Evidence, TopicHit } from './analysis-schema';
import type { TopicTerm } from './lexicon/schema';
import { dropContained, type Hit } from './page-matcher';
import { RELEVANCE_THRESHOLD, RESTATED_WEIGHT } from './relevance';

/** At most this many evidence items per topic: enough to show why, small enough to send in a message. */
const MAX_EVIDENCE = 12;

type TopicValue = { kind: 'topic'; term: TopicTerm };

export interface TopicScores {
  /** Topics that cleared the threshold, best first. */
  relevant: TopicHit[];
  /** Every topic with any hit (relevant or not), best first: for reports and calibration. */
  all: TopicHit[];
}

export function scoreTopics(textHits: Hit<TopicValue>[], titleHits: Hit<TopicValue>[], restatedTopics: readonly (readonly Topic[])[] = []): TopicScores {
  const hits = dropContained(textHits);
  const perTopic = new Map<Topic, { terms: Map<string, { weight: number; count: number }>; evidence: Evidence[]; mentions: number }>();
  const slot = (topic: Topic) => {
    let s = perTopic.get(topic);
    if (!s) perTopic.set(topic, (s = { terms: new Map(), evidence: [], mentions: 0 }));
    return s;
  };
  for (const hit of hits) {
    const term = hit.value.term;
    const s = slot(term.topic);
    const t = s.terms.get(term.id) ?? { weight: term.weight, count: 0 };
    t.count++;
    s.terms.set(term.id, t);
    s.mentions++;
    if (s.evidence.length < MAX_EVIDENCE) s.evidence.push({ term: hit.text, offset: hit.offset });
  }
  // Restating tracked commitments on a topic counts once, like one more term: a page restating forty
  // commitments is not more relevant than one restating one.
  for (const topic of new Set(restatedTopics.flat())) {
    const s = slot(topic);
    s.mentions++;
    s.terms.set(' restated', { weight: RESTATED_WEIGHT, count: 1 });
  }
  const titleBonus = new Map<Topic, number>();
  const seenInTitle = new Set<string>();
  for (const hit of dropContained(titleHits)) {
    const term = hit.value.term;
    if (seenInTitle.has(term.id)) continue;
    seenInTitle.add(term.id);
    titleBonus.set(term.topic, (titleBonus.get(term.topic) ?? 0) + term.weight);
  }
  const all: TopicHit[] = [];
  const relevant: TopicHit[] = [];
  for (const [id, s] of perTopic) {
    let score = titleBonus.get(id) ?? 0;
    for (const t of s.terms.values()) score += t.weight * (1 + Math.log(t.count));
    score = Math.round(score * 100) / 100;
    const hit: TopicHit = { id, score, evidence: s.evidence };
    all.push(hit);
    if (score >= RELEVANCE_THRESHOLD && s.mentions >= 2) relevant.push(hit);
  }
  const byScore = (a: TopicHit, b: TopicHit) => b.score - a.score;
  return { relevant: relevant.sort(byScore), all: all.sort(byScore) };
}
