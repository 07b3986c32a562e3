/**
 * Topic evidence from the topic-term hits. The screen score: each distinct term in the body adds its weight,
 * repeats add less (weight · (1 + ln count)), and a term in the page title counts once more; the screens
 * (relevance/screen.ts, relevance/bound.ts) bound exactly this. `judgeTopics` then gathers what else a reader
 * weighs (the title again, URL path, headings, opening paragraphs, density, restated commitments) and
 * relevance.ts decides, so a single stray "facial recognition" in an unrelated article never makes a page
 * relevant and a short statement that names its topic in its title, address and first paragraph does.
 */
import type { Topic } from '../../data/schema';
import type { Evidence, TopicHit } from '../analysis-schema';
import type { TopicTerm } from '../lexicon/schema';
import { dropContained, type Hit } from '../page-matcher';
import { runSteps, type Steps } from '../steps';
import { isWhitespace } from '../text-spans';
import { RELEVANCE_WEIGHTS, weighTopic, type PageEvidence, type TopicEvidence } from './decide';

/** At most this many evidence items per topic: enough to show why, small enough to send in a message. */
const MAX_EVIDENCE = 12;

type TopicValue = { kind: 'topic'; term: TopicTerm };
type TopicHits = Hit<TopicValue>[];

export interface TopicScores {
  /** Every topic with any hit, best first, with its screen score. */
  all: TopicHit[];
}

interface Tally {
  terms: Map<string, { weight: number; count: number }>;
  evidence: Evidence[];
  mentions: number;
}

/** The text's topic hits counted once (by the analysis, in steps): what the screen score and the decision read. */
export interface TextTally {
  perTopic: Map<Topic, Tally>;
  /** The hits not inside a longer one, in text order, of terms specific to a topic (`isStrong`). */
  strongKept: TopicHits;
  /** Per topic, the weight and the number of those hits. */
  strong: Map<Topic, number>;
  strongCount: Map<Topic, number>;
}

/**
 * Where a term stands and how dense it is count only for terms specific to a topic ("facial recognition",
 * "human rights", "responsible AI"), not the field's everyday words ("AI", "machine learning", "generative
 * AI"), which fill the title, address and first lines of any machine-learning tutorial or product page.
 */
const isStrong = (h: Hit<TopicValue>) => h.value.term.weight >= RELEVANCE_WEIGHTS.strongTermWeight;

/** How many hits a step of `tallyTextSteps` counts (a hostile page has hundreds of thousands). */
const TALLY_STEP_HITS = 16_384;

export function* tallyTextSteps(textHits: TopicHits): Steps<TextTally> {
  const perTopic = new Map<Topic, Tally>();
  const strongKept: TopicHits = [];
  const strong = new Map<Topic, number>();
  const strongCount = new Map<Topic, number>();
  let n = 0;
  for (const hit of dropContained(textHits)) {
    if (++n % TALLY_STEP_HITS === 0) yield;
    const term = hit.value.term;
    if (isStrong(hit)) {
      strongKept.push(hit);
      strong.set(term.topic, (strong.get(term.topic) ?? 0) + term.weight);
      strongCount.set(term.topic, (strongCount.get(term.topic) ?? 0) + 1);
    }
    let s = perTopic.get(term.topic);
    if (!s) perTopic.set(term.topic, (s = { terms: new Map(), evidence: [], mentions: 0 }));
    const t = s.terms.get(term.id) ?? { weight: term.weight, count: 0 };
    t.count++;
    s.terms.set(term.id, t);
    s.mentions++;
    if (s.evidence.length < MAX_EVIDENCE) s.evidence.push({ term: hit.text, offset: hit.offset });
  }
  return { perTopic, strongKept, strong, strongCount };
}

const tallyText = (textHits: TopicHits): TextTally => runSteps(tallyTextSteps(textHits));

/** Per topic, the weight of the distinct terms among `hits` (each term once). */
function distinctWeight(hits: TopicHits): Map<Topic, number> {
  const seen = new Set<string>();
  const out = new Map<Topic, number>();
  for (const hit of dropContained(hits)) {
    const term = hit.value.term;
    if (seen.has(term.id)) continue;
    seen.add(term.id);
    out.set(term.topic, (out.get(term.topic) ?? 0) + term.weight);
  }
  return out;
}

/** The screen score of every topic with a hit: the score the first stages bound from above. */
export function scoreTopics(textHits: TopicHits, titleHits: TopicHits, tally: TextTally = tallyText(textHits)): TopicScores {
  const { perTopic } = tally;
  const titleBonus = distinctWeight(titleHits);
  const all: TopicHit[] = [];
  for (const [id, s] of perTopic) all.push({ id, score: screenScore(s, titleBonus.get(id) ?? 0), evidence: s.evidence });
  // A topic named only in the title still has a (small) screen score.
  for (const [id, bonus] of titleBonus) if (!perTopic.has(id)) all.push({ id, score: Math.round(bonus * 100) / 100, evidence: [] });
  return { all: all.sort((a, b) => b.score - a.score) };
}

function screenScore(s: Tally, titleBonus: number): number {
  let score = titleBonus;
  for (const t of s.terms.values()) score += t.weight * (1 + Math.log(t.count));
  return Math.round(score * 100) / 100;
}

/** Where in the text a reader looks first: heading lines and the opening paragraphs (offset ranges). */
export interface TextLayout {
  headings: [number, number][];
  opening: [number, number][];
}

const HEADING_MAX_WORDS = 12;
const PARAGRAPH_MIN_WORDS = 12;
const OPENING_PARAGRAPHS = 2;
const OPENING_WITHIN = 4000;

/**
 * Headings are short lines that do not end a sentence; the opening is the first two lines long enough to be
 * paragraphs (navigation and bylines before them are short lines). Both from the extracted text's line
 * breaks, which the CLI's reader and the content script's walker put between blocks.
 */
export function textLayout(text: string): TextLayout {
  return runSteps(textLayoutSteps(text));
}

/** How many lines a step of `textLayoutSteps` reads (a page of 38,000 short paragraphs has as many lines). */
const LAYOUT_STEP_LINES = 2048;

/** `textLayout` in steps (steps.ts), for pages of megabytes read in the content script. */
export function* textLayoutSteps(text: string): Steps<TextLayout> {
  const layout: TextLayout = { headings: [], opening: [] };
  // Words counted up to one past the larger bound: a long line is neither a heading nor needs counting further.
  const enough = Math.max(HEADING_MAX_WORDS, PARAGRAPH_MIN_WORDS);
  let start = 0;
  let lines = 0;
  while (start <= text.length) {
    if (++lines % LAYOUT_STEP_LINES === 0) yield;
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Words as `\S+` reads them, by character code: a regex match (and its string) per word cost the 1 MB
    // bench page 15 ms of its analysis.
    let words = 0;
    let lastStart = -1;
    let lastEnd = end;
    let inWord = false;
    for (let i = start; i < end; i++) {
      const space = isWhitespace(text.charCodeAt(i));
      if (!space && !inWord) {
        inWord = true;
        lastStart = i;
        lastEnd = end;
        if (++words > enough) break;
      } else if (space && inWord) {
        inWord = false;
        lastEnd = i;
      }
    }
    if (words > 0) {
      if (words <= HEADING_MAX_WORDS && !/[.!?,;:]["'”’)]?$/.test(text.slice(lastStart, lastEnd))) layout.headings.push([start, end]);
      else if (words >= PARAGRAPH_MIN_WORDS && layout.opening.length < OPENING_PARAGRAPHS && start < OPENING_WITHIN) layout.opening.push([start, end]);
    }
    start = end + 1;
  }
  return layout;
}

/** The hits (in text order) that fall inside the ranges (in text order): one merge, not a search per hit. */
function hitsWithin<H extends { offset: number }>(hits: readonly H[], ranges: readonly [number, number][]): H[] {
  const out: H[] = [];
  let r = 0;
  for (const hit of hits) {
    while (r < ranges.length && ranges[r]![1] <= hit.offset) r++;
    if (r === ranges.length) break;
    if (hit.offset >= ranges[r]![0]) out.push(hit);
  }
  return out;
}

const FRAMING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${RELEVANCE_WEIGHTS.framingWords.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/**
 * How many distinct words of ethics and law (weights.json `framingWords`: "legal", "data protection",
 * "regulator", "ethical"…) the first `framingWithin` characters use: whether a page speaks of its subject
 * in those terms (decide.ts `weighTopic`). One regex pass over a bounded slice.
 */
export function framingOf(text: string): number {
  const seen = new Set<string>();
  for (const m of text.slice(0, RELEVANCE_WEIGHTS.framingWithin).matchAll(FRAMING)) seen.add(m[0].toLowerCase().replace(/\s+/g, ' '));
  return seen.size;
}

export interface JudgeInput {
  text: string;
  /** The text's layout, if already worked out (in steps, by the analysis); else worked out here. */
  layout?: TextLayout;
  /** `textHits` counted, if already done (in steps, by the analysis); else counted here. */
  tally?: TextTally;
  textHits: TopicHits;
  titleHits: TopicHits;
  urlHits: TopicHits;
  restatedTopics: ReadonlySet<Topic>;
  page: PageEvidence;
}

export interface TopicJudgement {
  /** Topics the decision found relevant, best first, scored by their whole evidence. */
  relevant: TopicHit[];
  /** Every topic with any evidence, best first. */
  all: (TopicHit & { evidenceOf: TopicEvidence })[];
}

export function judgeTopics(input: JudgeInput): TopicJudgement {
  const tally = input.tally ?? tallyText(input.textHits);
  const { perTopic, strong, strongCount } = tally;
  const titleAll = distinctWeight(input.titleHits);
  const title = distinctWeight(input.titleHits.filter(isStrong));
  const url = distinctWeight(input.urlHits.filter(isStrong));
  const layout = input.layout ?? textLayout(input.text);
  const headings = distinctWeight(hitsWithin(tally.strongKept, layout.headings));
  const opening = distinctWeight(hitsWithin(tally.strongKept, layout.opening));
  // A page of a few lines is not denser than a short statement: density is over at least 1500 characters.
  const kchars = Math.max(input.text.length, 1500) / 1000;
  const page: PageEvidence = { ...input.page, framing: input.page.framing ?? framingOf(input.text) };
  const topics = new Set<Topic>([...perTopic.keys(), ...titleAll.keys(), ...url.keys(), ...input.restatedTopics]);
  const all: TopicJudgement['all'] = [];
  const relevant: TopicHit[] = [];
  for (const id of topics) {
    const s = perTopic.get(id) ?? { terms: new Map(), evidence: [], mentions: 0 };
    const titleInputs = input.titleHits.filter((h) => h.value.term.topic === id).length;
    const urlInputs = input.urlHits.filter((h) => h.value.term.topic === id).length;
    const evidence: TopicEvidence = {
      screenScore: screenScore(s, titleAll.get(id) ?? 0),
      title: title.get(id) ?? 0,
      url: url.get(id) ?? 0,
      headings: headings.get(id) ?? 0,
      opening: opening.get(id) ?? 0,
      density: (strong.get(id) ?? 0) / kchars,
      mentions: s.mentions + (titleInputs ? 1 : 0) + (urlInputs ? 1 : 0) + (input.restatedTopics.has(id) ? 1 : 0),
      strongMentions: (strongCount.get(id) ?? 0) + (title.has(id) ? 1 : 0) + (url.has(id) ? 1 : 0),
      restated: input.restatedTopics.has(id),
    };
    const { score, relevant: isRelevant } = weighTopic(evidence, page);
    const hit = { id, score, evidence: s.evidence };
    all.push({ ...hit, evidenceOf: evidence });
    if (isRelevant) relevant.push(hit);
  }
  const byScore = (a: TopicHit, b: TopicHit) => b.score - a.score;
  return { relevant: relevant.sort(byScore), all: all.sort(byScore) };
}
