/**
 * Context rules: when a vague-term match is not the company hedging, and so is not marked. The lexicon says
 * which words can empty a commitment; these rules say where those words do something else. Cutting noise
 * here rather than deleting entries keeps "we may share data" marked while "you may unsubscribe" is not.
 *
 * Each rule is data with an example it skips and a counter-example it keeps; the tests run both
 * (tests/unit/core/term-context.test.ts). Rules look only at the match's sentence or line (a few hundred
 * characters), so they cost nothing next to the matcher's pass.
 */
import type { VagueTerm } from './lexicon/schema';
import { createSentenceFinder, createShortLineFinder, isWhitespace } from './text-spans';

export interface ContextHit {
  offset: number;
  length: number;
  text: string;
  term: VagueTerm;
}

export interface ContextRule {
  id: string;
  /** Why a match here is not the company hedging. */
  why: string;
  /** A sentence whose match this rule leaves unmarked. */
  example: string;
  /** A sentence with the same words the rule must leave marked. */
  counterExample: string;
  applies(text: string, hit: ContextHit): boolean;
}

/**
 * What the rules read of one text, worked out once: its sentences and lines (text-spans.ts indexes them) and
 * the facts of the current sentence (matches come in text order, and a sentence often holds several). One
 * reading per analysis (term-filter.ts makes it): two analyses interleaved in slices (two tabs) do not
 * trade one index for the other at every slice, and no page's text is kept once its analysis is done.
 */
export interface TextReading {
  sentence: (text: string, offset: number, end: number) => [number, number];
  line: (text: string, offset: number, limit: number) => string | null;
  current: { text: string; start: number; stop: number; sentence: string; facts: Map<string, boolean> } | null;
  /** The match `current` was found for: every rule asks again for the same match. */
  currentHit: ContextHit | null;
}

/** The longest line a rule reads (the citation rule's). */
const LONGEST_LINE = 1_000;

export function createTextReading(): TextReading {
  return { sentence: createSentenceFinder(), line: createShortLineFinder(LONGEST_LINE), current: null, currentHit: null };
}

/** The reading of the analysis under way (contextRuleFor sets it), or one for callers that bring none. */
const unscoped = createTextReading();
let reading = unscoped;

const sentenceOf = (text: string, hit: ContextHit): NonNullable<TextReading['current']> => {
  const current = reading.current;
  if (reading.currentHit === hit && current?.text === text) return current;
  reading.currentHit = hit;
  const [start, stop] = reading.sentence(text, hit.offset, hit.offset + hit.length);
  if (current?.text !== text || current.start !== start || current.stop !== stop) return (reading.current = { text, start, stop, sentence: text.slice(start, stop), facts: new Map() });
  // An equal text in another string object (the same page analysed again) is compared by content: keep this
  // one, so the next match compares by identity.
  current.text = text;
  return current;
};
/**
 * A fact of the match's sentence (`test` of its text), worked out once per sentence under `name`. With `keys`
 * (lower case), a sentence holding none of them is false without the test: most sentences hold none. The keys
 * are looked for in one pass (`keyGate`, an alternation of literals), not one substring search each: with two
 * dozen rules of a few keys, those searches were most of the rules' time on bench:page's 1 MB page.
 */
const sentenceFact = (text: string, hit: ContextHit, name: string, test: (sentence: string) => boolean, keys?: readonly string[]): boolean => {
  const s = sentenceOf(text, hit);
  let fact = s.facts.get(name);
  if (fact === undefined) {
    fact = (!keys || keyGate(name, keys).test(s.sentence)) && test(s.sentence);
    s.facts.set(name, fact);
  }
  return fact;
};
/** By fact name: a rule's keys are written inline, a new array at each call. */
const keyGates = new Map<string, RegExp>();
/** One case-blind regex for a fact's keys: whether a sentence holds any of them. */
function keyGate(name: string, keys: readonly string[]): RegExp {
  let gate = keyGates.get(name);
  if (!gate) keyGates.set(name, (gate = new RegExp(keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')));
  return gate;
}
/** Whether the company speaks in the match's sentence ("we", "our", "us", "I"). */
const firstPersonIn = (text: string, hit: ContextHit) => sentenceFact(text, hit, 'first-person', (s) => FIRST_PERSON.test(s));
const lineAround = (text: string, offset: number, limit: number) => reading.line(text, offset, limit);
/** "May" followed by a passive ("records may be shared"): the company's own action, its agent hidden, which stays marked. */
const passiveFollows = (text: string, hit: ContextHit) => /^\s+(?:also\s+|still\s+)?be\s+\w+(?:ed|en)\b/i.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 40));
const before = (text: string, hit: ContextHit, n = 40) => text.slice(Math.max(0, hit.offset - n), hit.offset);
const FIRST_PERSON = /\b(?:we|our|us|I)\b/i;
/** Words ending in s before an "-ing" effort verb that are not its (plural) subject. */
const OTHERS_EFFORT_NOT_NOUNS = new Set(['this', 'has', 'was', 'its', 'his', 'hers', 'ours', 'yours', 'theirs', 'does', 'always', 'perhaps', 'thus', 'plus', 'less', 'unless', 'across', 'towards', 'process', 'business', 'progress', 'success', 'access', 'address']);
/** Title-case word (a capital, then at least one small letter): "Trading", not "AI" or "THE". */
const TITLE_WORD = /^[A-Z][a-z][\w'’-]*$/;

/**
 * A sentence that opens with someone other than the company as its speaker, within its first few words, and a
 * verb of saying or arguing: "The regulator said", "Critics argue", "Civil society groups have long argued".
 */
const OTHER_SPEAKER = /^\W*(?:[\w'’-]+\s+){0,4}?(?:regulators?|critics|lawmakers|legislators|senators|MPs|researchers|activists|campaigners|advocates|groups|NGOs|organi[sz]ations|commission|commissioner|court|judges?|officials|experts|analysts|academics|opponents|observers|watchdogs?|authorit(?:y|ies)|ministers?|government|unions?|professors?|scholars|lawyers|attorneys|police|study|survey|newspaper|journalists|reporters|investigation|retailers|supporters|proponents|vendors|manufacturers|companies|firms|businesses|customers|users|residents|citizens|parents|workers)\s+(?:(?:have|has|had|also|long|repeatedly|previously|recently|now|)\s*){0,3}(?:said|says|say|argued?|argues|warned?|warns|claimed?|claims|told|wrote|noted|stated|stressed|recommended|recommends|believes?|believed|contend(?:s|ed)?|called|insisted|insists|found|finds|reported|concluded|showed|shows|revealed)\b/i;
/**
 * A quote closed and then attributed to someone of a public body, a campaign or a university ("…,” said Jane
 * Roe, director of the Policing Institute); the company's own people ("Fabrikam's chief executive") are not.
 */
const OTHERS_ATTRIBUTION = /[”"]\s*,?\s*(?:said|says|added|warned|argued|wrote|noted)\s+([^”"]{3,160})$/;
const OTHERS_AFFILIATION = /\b(?:Institute|Foundation|Project|University|College|Watch|Union|Coalition|Commission(?:er)?|Council|Cent(?:re|er)|Amnesty|ACLU|Liberty|EFF|Privacy International|Access Now|professor|researcher|campaigner|activist|lawyer|attorney|senator|MP|congress\w*|regulator|ombudsman|police|NGO|charity|advocacy|rights group|civil liberties)\b/i;
/** A body of the company's governance as subject, and optionally its routine verb ("The team also reports"). */
const BODY_NOUNS = String.raw`(?:board|committee|council|team|panel|office|officer|function|department|directors|forum|unit|task\s?force|working group|group)`;
const BODY_SUBJECT = new RegExp(String.raw`\b${BODY_NOUNS}\s+(?:also\s+|typically\s+|usually\s+|normally\s+)?$`, 'i');
const BODY_SUBJECT_VERB = new RegExp(String.raw`\b${BODY_NOUNS}(?:\s+(?:of|for|on)(?:\s+(?!(?:will|shall|would|may|might|must|should|can|could|to)\b)[\w'’&-]+){1,5}?)?\s+(?:also\s+)?(?:meets?|reports?|convenes?|briefs?|updates?)(?:\s+(?:to|with)\s+(?:[\w'’-]+\s+){1,6})?\s*$`, 'i');
/** Words that make a run-in "heading" a clause ("Fabrikam acts responsibly:"): a speaker, a modal or a common finite verb. */
const RUN_IN_NOT_HEADING = /\b(?:we|our|I|will|shall|must|may|might|should|can|could|would|is|are|was|were|has|have|had|do|does|did|acts|sells|takes|makes|works|believes|commits|ensures|remains|stays|says|said)\b/i;
/** Substrings one of which a sentence holds if 'another-speaker' or 'law-requires' can apply (sentenceFact's keys). */
const ANOTHER_SPEAKER_KEYS = ['according to', 'call', 'urg', 'ask', 'demand', 'request', 'concerns', 'campaign', 'want', 'expect', 'press', 'push'];
const LAW_KEYS = ['requir', 'oblige', 'expect', 'mandate', 'recommend', 'stipulat', 'calls', 'asks', 'prohibit', 'ban', 'permit', 'allow', 'restrict', 'classifies', 'defines', 'state', 'say', 'said', 'provide', 'set out', 'under', 'according to'];
/** Words a name keeps in lower case between its capitals. */
const NAME_SMALL_WORD = /^(?:for|of|and|the|in|on|to|a|an|at|by|with)$/;
/** The noun that ends a body's name, in the match or up to four words after it ("Ethical Trading Initiative", "Working Group"). */
const BODY_NOUN = /^(?:[\p{L}'’-]+[\s-]+){0,4}?(?:Initiative|Group|Council|Board|Committee|Commission|Forum|Alliance|Association|Institute|Foundation|Coalition|Partnership|Project|Act|Office|Agency|Authority|Organi[sz]ation|Cent(?:re|er)|Programme|Program|Union|Federation|Compact|Charter|Declaration|Society)\b/u;
/** Whether the match's line (under 120 characters) is in headline case: three words or more, every one of four letters or more capitalised. */
function headlineLine(text: string, hit: ContextHit): boolean {
  const line = lineAround(text, hit.offset, 120);
  if (line === null) return false;
  const words = line.trim().replace(/^\d+[.)]\s*/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length >= 3 && words.every((w) => w.length < 4 || /^[\p{Lu}\d]/u.test(w));
}

/**
 * Whether a short line is a noun phrase of "our" ("Our commitment to human rights", "Our approach to responsible
 * AI"): "Our", one or two words, then a preposition, with no other first person and no finite verb of being or having.
 */
function possessiveHeading(line: string): boolean {
  return (
    /^(?:Our|My)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:to|for|of|on|in|and|at)\b/u.test(line) &&
    !FIRST_PERSON.test(line.slice(3)) &&
    !/\b(?:is|are|was|were|has|have|had|do|does|did|can|could|would)\b/i.test(line)
  );
}


/**
 * An entry's guard words as keys (lower case, one space for any run of separators), in a set, with the
 * longest key's length: a match looks up the few prefixes of what follows it (or suffixes of what precedes
 * it) that end at a word boundary, not each guard word in turn (guard lists run to dozens of words, and
 * the guard check runs for every guarded match: a tenth of a real page's analysis).
 */
export interface GuardWords {
  keys: ReadonlySet<string>;
  longest: number;
}
const guardKeys = new WeakMap<VagueTerm, { after: GuardWords | null; before: GuardWords | null }>();
const guardKey = (s: string) => s.toLowerCase().replace(/[\s\-\u2010\u2011]+/g, ' ').replace(/\u2019/g, "'");
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether one UTF-16 unit of a key is a letter or digit (`WORD_CHAR`), ASCII by its code. */
const isWordUnit = (unit: string | undefined): boolean => {
  if (unit === undefined) return false;
  const c = unit.charCodeAt(0);
  return c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : WORD_CHAR.test(unit);
};
const GUARD_REACH = 60;

export function guardWords(words: readonly string[]): GuardWords {
  const keys = new Set(words.map(guardKey).filter((k) => k.length > 0));
  return { keys, longest: Math.max(0, ...[...keys].map((k) => k.length)) };
}

function guardsOf(term: VagueTerm) {
  let keys = guardKeys.get(term);
  if (!keys) guardKeys.set(term, (keys = { after: term.followedBy ? guardWords(term.followedBy) : null, before: term.precededBy ? guardWords(term.precededBy) : null }));
  return keys;
}

/** The longest guard word that follows the match (after a separator, ending at a word boundary), as a key, or null. */
export function followingGuard(text: string, hit: ContextHit, guard: GuardWords): string | null {
  const end = hit.offset + hit.length;
  const next = guardKey(text.slice(end, end + GUARD_REACH));
  if (!next.startsWith(' ')) return null;
  for (let length = Math.min(guard.longest, next.length - 1); length > 0; length--) {
    if (isWordUnit(next[length + 1])) continue;
    const word = next.slice(1, 1 + length);
    if (guard.keys.has(word)) return word;
  }
  return null;
}

/** The longest guard word right before the match (separated from it, starting at a word boundary), as a key, or null. */
export function precedingGuard(text: string, hit: ContextHit, guard: GuardWords): string | null {
  const prev = guardKey(before(text, hit, GUARD_REACH));
  if (!prev.endsWith(' ')) return null;
  const body = prev.slice(0, -1);
  for (let length = Math.min(guard.longest, body.length); length > 0; length--) {
    if (isWordUnit(body[body.length - length - 1])) continue;
    const word = body.slice(body.length - length);
    if (guard.keys.has(word)) return word;
  }
  return null;
}

/** How many characters of `text` from `start` (going forward, or back when `dir` is -1) make up `keyLength` characters of its key. */
function rawLength(text: string, start: number, keyLength: number, dir: 1 | -1): number {
  let i = start;
  let k = 0;
  while (k < keyLength && i >= 0 && i <= text.length) {
    const c = dir === 1 ? text.charCodeAt(i) : text.charCodeAt(i - 1);
    const sep = isWhitespace(c) || c === 45 || c === 0x2010 || c === 0x2011;
    i += dir;
    if (sep) while (isWhitespace(dir === 1 ? text.charCodeAt(i) : text.charCodeAt(i - 1)) || (dir === 1 ? text.charCodeAt(i) : text.charCodeAt(i - 1)) === 45) i += dir;
    k++;
  }
  return Math.abs(i - start);
}

/**
 * The span a guarded match marks: the match with the class word that let it count ("potential" + "harms"),
 * so a reader sees the whole hedge. Unguarded matches keep their own span.
 */
export function guardedSpan(text: string, hit: ContextHit): { offset: number; length: number } {
  if (!hit.term.followedBy && !hit.term.precededBy) return { offset: hit.offset, length: hit.length };
  const { after, before: prior } = guardsOf(hit.term);
  let offset = hit.offset;
  let end = hit.offset + hit.length;
  const next = after && followingGuard(text, hit, after);
  if (next) end += rawLength(text, end, next.length + 1, 1);
  const prev = prior && precedingGuard(text, hit, prior);
  if (prev) offset -= rawLength(text, offset, prev.length + 1, -1);
  return { offset, length: end - offset };
}

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    id: 'class-guard',
    why: 'Some words hedge only beside a word of a class ("potential harms", "where permissible"); elsewhere they describe ("potential for growth"). The entry names the class (lexicon: followedBy, precededBy).',
    example: 'There is potential for growth in every region we serve.',
    counterExample: 'Fabrikam lists potential harms of every sale.',
    applies: (text, hit) => {
      if (!hit.term.followedBy && !hit.term.precededBy) return false;
      const { after, before: prior } = guardsOf(hit.term);
      return (after !== null && followingGuard(text, hit, after) === null) || (prior !== null && precedingGuard(text, hit, prior) === null);
    },
  },
  {
    id: 'noun-use',
    why: '"Our work to …" or "Cisco\u2019s work to …" names work done, a noun; "we work to …" is the effort offered instead of an outcome. So do "recent calls for regulation" (others\u2019 calls) against "Fabrikam calls for regulation".',
    example: 'Our work to map salient risks began in 2019 and ended in 2021.',
    counterExample: 'We work to map salient risks in every market.',
    applies: (text, hit) =>
      (/^work/i.test(hit.text) && /(?:\b(?:our|the|this|that|their|its|his|her|whose|such|much|a|an)|\w['’]s)\s+$/i.test(before(text, hit, 24))) ||
      // "recent calls for regulation": others' calls, a plural noun after a determiner or an adjective of time or number.
      (hit.term.id === 'advocate-for' && /^calls\b/i.test(hit.text) && /\b(?:the|these|those|recent|growing|increasing|repeated|many|several|public|widespread|new|renewed|louder|such|their|its)\s+$/i.test(before(text, hit, 24))) ||
      // "The plan to sell the division was announced", "Attempts to regulate have failed": a noun, someone's plan reported ("our plan to" stays marked).
      (/^(?:plans?|attempts?)(?:\s+to)?$/i.test(hit.text) &&
        (/\b(?:the|a|an|this|that|these|those|their|its|his|her|earlier|previous|failed|recent)\s+$/i.test(before(text, hit, 24)) || /(?:^|[.!?]\s+|\n\s*)$/.test(before(text, hit, 4)))),
  },
  {
    id: 'permission',
    why: 'A modal granting the reader or a user something ("you may unsubscribe"), or advising them ("applicants should send"), is permission or advice, not a hedge.',
    example: 'You may unsubscribe from these reports at any time.',
    counterExample: 'We may share subscriber data with authorities.',
    applies: (text, hit) =>
      (hit.term.id === 'may' || hit.term.id === 'normative-should') &&
      /\b(?:you|users?|visitors?|readers?|subscribers?|customers?|employees|participants|applicants|candidates|anyone)\s+(?:also\s+|still\s+)?$/i.test(before(text, hit, 30)),
  },
  {
    id: 'interface-continuation',
    why: 'A button or link ("Continue to the full report") tells the reader where to go; it promises nothing.',
    example: 'Continue to the full report',
    counterExample: 'We will continue to review every sale.',
    applies: (text, hit) =>
      hit.term.id === 'will-continue-to' &&
      /^continu/i.test(hit.text) &&
      (/(?:^|\n)\s*$/.test(before(text, hit, 10)) || /\b(?:you|please|click|tap)\s+(?:to\s+)?$/i.test(before(text, hit, 20))),
  },
  {
    id: 'another-speaker',
    why: 'An NGO\u2019s call, a regulator\u2019s consultation or a journalist\u2019s report is not the company hedging, even when it quotes hedged words ("called on", "urged", "is demanding", "asking whether", "called for", "raised concerns").',
    example: 'Rights Watchers called on Fabrikam to publish its assessments where possible.',
    counterExample: 'We publish our assessments where possible.',
    applies: (text, hit) =>
      sentenceFact(text, hit, 'another-speaker', (sentence) => {
        if (/\baccording to\b/i.test(sentence)) return true;
        const verb =
          /\b(?:called on|calls on|call on|calling on|urged|urges|urge|urging|asked|asks|asking\s+(?:whether|if|for|that|companies|the\s+company)|demanded|demands|demanding|requested|called for|calling for|raised concerns|raising concerns|voiced concerns|campaign(?:s|ed|ing)?\s+(?:for|against))\b/i.exec(sentence) ??
          // "want Fabrikam to", "expect companies to" (a name in capitals: "wants access to" is no call).
          /\b(?:wants?|wanted|expects?|expected|pressed|pressured|pushed)\s+(?:[A-Z][\w'’-]*|companies|firms|businesses|the company|tech companies|vendors)\s+to\b/.exec(sentence);
        return verb !== null && !FIRST_PERSON.test(sentence.slice(0, verb.index));
      }, ANOTHER_SPEAKER_KEYS),
  },
  {
    id: 'reader-continuation',
    why: 'What a user, a customer or a contract party "may continue to" or "will continue to" do ("You may continue to use the service", "Licensee will continue to be bound") is permission or a term of a contract, not the company promising to go on.',
    example: 'You may continue to use the service after the update.',
    counterExample: 'We will continue to use the service after the update.',
    applies: (text, hit) =>
      hit.term.id === 'will-continue-to' &&
      /\b(?:you|users?|customers?|subscribers?|visitors?|members?|licensees?|recipients?|buyers?|purchasers?|participants?|account holders?)\s+(?:(?:may|can|could|will|shall|might)\s+)?(?:still\s+|also\s+)?$/i.test(before(text, hit, 40)),
  },
  {
    id: 'law-requires',
    why: 'What a law, a regulation or a standard requires of companies ("The Act requires providers to take appropriate measures", "Under the GDPR, controllers must …", "the guidelines recommend that companies …") reports its wording; the company hedges nothing there, unless it speaks in the sentence.',
    example: 'The Act requires providers to take appropriate measures against misuse.',
    counterExample: 'Fabrikam takes appropriate measures against misuse.',
    applies: (text, hit) =>
      !firstPersonIn(text, hit) &&
      sentenceFact(text, hit, 'law-requires', (sentence) =>
        /\b(?:act|law|laws|regulations?|directive|GDPR|convention|guidelines|guiding principles|UNGPs|standards?|code|legislation|bill|treaty|rules?|report|study|letter|review|paper)\s+(?:also\s+|now\s+|further\s+)?(?:requires?|required|obliges?|obliged|expects?|mandates?|recommends?|stipulates?|calls on|calls for|asks|would require|will require|prohibits?|bans?|permits?|allows?|restricts?|classifies|defines|(?:state|states|stated|say|says|said|provide|provides|set out|sets out)\s+that)\b|^\W*(?:under|according to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}(?:act|law|regulation|directive|GDPR|convention|guidelines|guiding principles|UNGPs|standard|code|legislation|bill|treaty|rules)\b[^,]*,/i.test(sentence), LAW_KEYS),
  },
  {
    id: 'effort-reported',
    why: '"Our efforts" or "these efforts" named as a thing looked at or done ("an in-depth look at our efforts", "Underpinning these efforts is …", "contributed to industry-wide efforts", "our effort to map risks began in 2019") refers to work reported elsewhere; the company offers no effort in place of a result there.',
    example: 'Underpinning these efforts is a shared view of who decides.',
    counterExample: 'We make every effort to share our view of who decides.',
    applies: (text, hit) => {
      if (hit.term.id !== 'effort-praised' && !(hit.term.id === 'try-to' && /^our\s+efforts$/i.test(hit.text))) return false;
      const { offset, length } = guardedSpan(text, hit);
      const prior = before(text, { ...hit, offset }, 40);
      const next = text.slice(offset + length, offset + length + 80);
      // A preposition or verb that takes the efforts as its object, or a past verb they are the subject of.
      return (
        /\b(?:at|on|of|about|into|underpinning|underpin|underpins|behind|contributed to|joined|joins|support(?:ed|s)?|describes?|described|summari[sz]es?|details?|outlines?|reports? on)\s+$/i.test(prior) ||
        /^(?:\s+to\s+(?:\w+\s+){1,5})?\s*(?:began|started|ended|led|resulted|included|focused|were|was)\b/i.test(next)
      );
    },
  },
  {
    id: 'link-label',
    why: 'A line that opens with a link\u2019s label ("Related:", "Next:", "See also:", "Read next:") names another page; its words promise nothing.',
    example: 'Related: How we think about responsible AI',
    counterExample: 'We think about responsible AI every day.',
    applies: (text, hit) => {
      const line = lineAround(text, hit.offset, 160);
      return line !== null && /^\s*(?:related(?:\s+(?:articles?|posts?|stories|content|reading|topics?))?|next|previous|prev|see also|read next|up next|read more|more|further reading|you might also like|recommended)\s*[:|›»>–—-]\s/i.test(line);
    },
  },
  {
    id: 'page-notice',
    why: 'A notice about the page, the site or its terms ("Please note that this page may be updated from time to time", "The content is likely to be out of date") is interface or legal text about the text itself; no commitment is hedged there.',
    example: 'Please note that this page may be updated from time to time.',
    counterExample: 'Please note that our sales rules may be updated from time to time.',
    applies: (text, hit) =>
      sentenceFact(text, hit, 'page-notice', (sentence) =>
        /\b(?:this|the|these)\s+(?:web\s?page|page|site|website|article|document|content|information|notice|terms(?:\s+of\s+use)?|archive|archived page|materials?|figures|translation)\s+(?:(?:is|are)\s+)?(?:(?:may|might|could|is likely to|are likely to)\s+(?:not\s+)?(?:be\s+(?:updated|revised|changed|amended|modified|out\s+of\s+date|outdated|incomplete|inaccurate|printed|copied|reproduced|downloaded|distributed|quoted)|change|contain|differ|reflect)|(?:is|are)\s+(?:updated|reviewed|revised)|(?:is|are)\s+subject\s+to\s+change)\b/i.test(sentence) &&
        !/\b(?:commit\w*|pledge\w*|promise\w*)\b/i.test(sentence), ['may', 'might', 'could', 'likely', 'updated', 'reviewed', 'revised', 'subject to']) ||
      // "We may update this statement from time to time": the page's own terms of revision.
      sentenceFact(text, hit, 'page-revision', (sentence) =>
        /\b(?:may|might|can|will|reserves?\s+the\s+right\s+to)\s+(?:\w+\s+)?(?:update|revise|amend|change|modify)\s+(?:this|these)\s+(?:web\s?page|page|statement|notice|terms(?:\s+of\s+use)?|document|website|site|content|information|(?:privacy|cookie)\s+(?:policy|notice|statement))\b/i.test(sentence), ['updat', 'revis', 'amend', 'chang', 'modif']),
  },
  {
    id: 'prediction-expected',
    why: '"Expected to" before an event of the world ("The new rules are expected to take effect next year", "the market is expected to grow") forecasts; it places no expectation on anyone.',
    example: 'The new rules are expected to take effect next year.',
    counterExample: 'Partners are expected to follow the new rules next year.',
    applies: (text, hit) =>
      hit.term.id === 'is-expected-to' &&
      /^(?:is|are)\s+expected\s+to$/i.test(hit.text.replace(/\s+/g, ' ')) &&
      /^\s+(?:take\s+effect|come\s+into\s+(?:force|effect)|enter\s+into\s+force|grow|rise|increase|fall|decline|drop|reach|exceed|double|triple|surpass|hit|top|expand|shrink)\b/i.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 30)),
  },
  {
    id: 'safe-harbour',
    why: 'Forward-looking-statement boilerplate ("Actual results may differ materially", "subject to risks and uncertainties") is a legal notice about forecasts; it hedges no commitment.',
    example: 'Actual results may differ materially from those expressed in these statements.',
    counterExample: 'Our controls may differ materially from one market to another.',
    applies: (text, hit) =>
      sentenceFact(text, hit, 'safe-harbour', (sentence) => /\b(?:forward[\s-]looking\s+statements?|actual\s+(?:results|outcomes|events)\s+(?:may|could|might)\s+differ|risks\s+and\s+uncertainties)\b/i.test(sentence), ['forward', 'actual', 'uncertaint']),
  },
  {
    id: 'run-in-heading',
    why: 'A run-in heading ("(1) Responsible use of technology: Fabrikam trains …", "Fairness: …") names the point the sentence after its colon makes; the claim, if any, is in that sentence.',
    example: '(1) Responsible use of technology: Fabrikam trains every seller.',
    counterExample: 'Fabrikam trains every seller in the responsible use of technology: each one takes the course.',
    applies: (text, hit) => {
      const { start } = sentenceOf(text, hit);
      // The heading opens its line; a colon inside running text introduces a list or a quote.
      if (!/(?:^|\n)[^\S\n]*$/.test(text.slice(Math.max(0, start - 80), start))) return false;
      const head = /^\s*(?:[-•*–]\s*|\(?\d+[.)]\s*|\(?[a-z][.)]\s+)?([^.!?:;,]{1,60}?):\s/.exec(text.slice(start, start + 80));
      if (!head) return false;
      const end = start + head[0].length;
      return hit.offset + hit.length <= end && head[1]!.trim().split(/\s+/).length <= 6 && !RUN_IN_NOT_HEADING.test(head[1]!);
    },
  },
  {
    id: 'past-conjecture',
    why: '"May have begun", "may have been invented" said of history, where the company does not speak, is a guess about the past; no commitment is left open. "We may have shared data" stays marked.',
    example: 'The journey to artificial intelligence may have begun more than half a century ago.',
    counterExample: 'We may have shared some of that data with the police.',
    applies: (text, hit) =>
      hit.term.id === 'may' &&
      /^\s+have\s+(?!been\b)\w+(?:ed|en|un|wn|gun|ose|ought|ade)\b/i.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 30)) &&
      !firstPersonIn(text, hit),
  },
  {
    id: 'licence-text',
    why: 'A software or content licence ("Unless required by applicable law … distributed on an \u201cAS IS\u201d BASIS", "licensed under a Creative Commons licence") sets terms for the reader\u2019s use of a work; it is legal text, not the company hedging a commitment.',
    example: 'Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on an "AS IS" BASIS.',
    counterExample: 'Unless required by applicable law, we do not share location data.',
    applies: (text, hit) =>
      sentenceFact(text, hit, 'licence-text', (sentence) =>
        /\b(?:distributed\s+on\s+an\s+["“]?AS\s+IS|WITHOUT\s+WARRANT(?:Y|IES)|in\s+compliance\s+with\s+the\s+Licen[cs]e|permission\s+notice|licen[cs]ed\s+under|Creative\s+Commons|the\s+licensor\b)/i.test(sentence), ['licen', 'as is', 'warrant', 'creative commons', 'permission notice']),
  },
  {
    id: 'reader-obligation',
    why: 'A sentence that tells the reader what they must, may or should do ("You must give appropriate credit", "You may do so in any reasonable manner") sets the reader\u2019s terms, in a licence or an interface; the company commits to nothing there.',
    example: 'You must give appropriate credit and indicate if changes were made.',
    counterExample: 'We give appropriate credit and indicate if changes were made.',
    applies: (text, hit) =>
      sentenceFact(text, hit, 'reader-obligation', (sentence) => /^\W*(?:[\w'’-]+,?\s+){0,3}?you\s+(?:must|may|should|shall|can|need\s+to|are\s+(?:free|required|responsible)|agree)\b/i.test(sentence) && !FIRST_PERSON.test(sentence), ['you']),
  },
  {
    id: 'reader-instruction',
    why: 'An instruction to the reader ("Where appropriate, please cite this report as …", "please contact us") is interface text; a hedge word in it qualifies the reader\u2019s action, not a commitment.',
    example: 'Where appropriate, please cite this report as: Fabrikam (2023), Human Rights Report.',
    counterExample: 'Where appropriate, Fabrikam cites this report in its contracts.',
    applies: (text, hit) => sentenceFact(text, hit, 'reader-instruction', (sentence) => /\bplease\s+(?:cite|contact|note|refer|see|read|visit|email|e-mail|call|click|select|use|send|reach\s+out|get\s+in\s+touch)\b|\bcite\s+(?:this|the)\s+(?:report|page|document|paper|article)\s+as\b/i.test(sentence) && !/\bplease\s+note\s+that\s+(?:we|our)\b/i.test(sentence), ['please', 'cite']),
  },
  {
    id: 'accuracy-disclaimer',
    why: 'A disclaimer about the page\u2019s own information ("While we make every effort to ensure the information is accurate, we cannot guarantee its completeness") is legal text about the text; it hedges no commitment to anyone outside it.',
    example: 'While we make every effort to ensure the information on this page is accurate, we cannot guarantee its completeness.',
    counterExample: 'While we make every effort to ensure our location data is secure, we cannot guarantee it.',
    applies: (text, hit) =>
      sentenceFact(text, hit, 'accuracy-disclaimer', (sentence) =>
        /\b(?:the|this|such)\s+(?:information|content|material|materials|data\s+on\s+this\s+(?:page|site))\b/i.test(sentence) &&
        /\b(?:accura\w*|complete(?:ness)?|up[\s-]to[\s-]date|errors?|omissions?)\b/i.test(sentence) &&
        /\b(?:guarantee\w*|warrant\w*|liab\w*|no\s+responsibility|not\s+responsible|every\s+effort|reasonable\s+care|endeavou?r)\b/i.test(sentence), ['accura', 'complete', 'up to date', 'up-to-date', 'error', 'omission']),
  },
  {
    id: 'reported-speech',
    why: 'What a regulator, critics, lawmakers or researchers said or argued is reported, not the company hedging ("The regulator said it would consider whether the rules should change"); the company\u2019s own words reported by a journalist ("IBM said it would …") stay marked.',
    example: 'The regulator said it would consider whether the rules should be updated.',
    counterExample: 'Fabrikam said it would consider whether the rules should be updated.',
    applies: (text, hit) =>
      sentenceFact(text, hit, 'reported-speech', (sentence) => {
        const m = OTHER_SPEAKER.exec(sentence);
        return m !== null && !FIRST_PERSON.test(sentence.slice(0, m.index + m[0].length));
      }),
  },
  {
    id: 'others-quote',
    why: 'A quote attributed at its end to someone of a campaign, a university, a public body or the police ("…,” said Jane Roe, director of the Policing Institute) is their view; the company\u2019s own people quoted stay marked.',
    example: '\u201cAt present, the software is not accurate enough,\u201d said Jane Roe, director of the Policing Institute.',
    counterExample: '\u201cAt present, the software is not accurate enough,\u201d said Jane Roe, Fabrikam\u2019s chief executive.',
    applies: (text, hit) =>
      sentenceFact(text, hit, 'others-quote', (sentence) => {
        const m = OTHERS_ATTRIBUTION.exec(sentence.trimEnd().replace(/[.]$/, ''));
        return m !== null && OTHERS_AFFILIATION.test(m[1]!) && !/['’]s\b/.test(m[1]!);
      }, ['”', '"']),
  },
  {
    id: 'question',
    why: 'A question asks for a commitment; it does not make one.',
    example: 'Will Fabrikam suspend sales where appropriate?',
    counterExample: 'Fabrikam will suspend sales where appropriate.',
    applies: (text, hit) => sentenceFact(text, hit, 'question', (sentence) => /\?["'”’)]?\s*$/.test(sentence)),
  },
  {
    id: 'citation',
    why: 'A reference list entry quotes a title; nobody is committing to anything there.',
    example: '[3] Lee, K. (2021). Where appropriate: hedges in corporate policy. Journal of Business Ethics, 12(4).',
    counterExample: 'We act where appropriate, as Lee described in 2021.',
    applies: (text, hit) => {
      // A reference entry is a line of a few hundred characters; a longer "line" is running text.
      const line = lineAround(text, hit.offset, 1_000) ?? '';
      return /^\s*(?:\[\d+\]|\d+\.)\s/.test(line) && /\(\s*(?:19|20)\d\d[a-z]?\s*\)|\b(?:doi:|Retrieved from|pp\.\s*\d)/.test(line);
    },
  },
  {
    id: 'label',
    why: 'A navigation label or heading of a few words without a modal (and without a speaker, unless in headline case) names a section; it is not a claim.',
    example: 'Ethical sourcing',
    counterExample: 'We source ethically.',
    applies: (text, hit) => {
      // Eight words fit in well under 100 characters: a longer line is not a label (and is not split into words).
      const whole = lineAround(text, hit.offset, 100);
      if (whole === null) return false;
      const line = whole.trim();
      const words = line.split(/\s+/);
      // A heading in headline case may speak for the company ("Our Guiding Principles for Trustworthy AI").
      const headline = words.every((w) => w.length < 4 || /^[A-Z0-9]/.test(w));
      return (
        words.length <= 8 &&
        !/[.!?;:,]["'”’)]?$/.test(line) &&
        (headline || !FIRST_PERSON.test(line)) &&
        !/\b(?:will|shall|must|may|might|should)\b/i.test(line.replace(hit.text, ''))
      );
    },
  },
  {
    id: 'possessive-heading',
    why: 'A heading that is a noun phrase of "our" ("Our commitment to human rights", "Our approach to responsible AI") names the section that follows; the sentences under it make the claims.',
    example: 'Our commitment to human rights',
    counterExample: 'Our commitment to human rights is firm.',
    applies: (text, hit) => {
      const whole = lineAround(text, hit.offset, 100);
      if (whole === null) return false;
      const line = whole.trim();
      return line.split(/\s+/).length <= 8 && !/[.!?;:,]["'”’)]?$/.test(line) && possessiveHeading(line) && !/\b(?:will|shall|must|may|might|should)\b/i.test(line);
    },
  },
  {
    id: 'reader-invitation',
    why: 'A sentence that opens by bidding the reader to do something ("Join us on our responsible AI journey", "Learn how we …", "Read our report") is a link or a call to action, interface text that promises nothing.',
    example: 'Join us on our responsible AI journey.',
    counterExample: 'We are proud to share our responsible AI journey.',
    applies: (text, hit) => {
      const { start } = sentenceOf(text, hit);
      return /^\s*(?:join\s+us|learn\s+(?:more|how|about)|discover|find\s+out|explore|read\s+(?:more|our|the|about|how)|watch|download|sign\s+up|subscribe|contact\s+us|click|see\s+how|get\s+in\s+touch)\b/i.test(text.slice(start, hit.offset));
    },
  },
  {
    id: 'journey-narrated',
    why: 'A company\u2019s own "human rights journey" is a road with no end named; the same word in someone\u2019s account of the company ("what being part of Fabrikam\u2019s ethics journey has meant to them") narrates, with no first person to speak for it.',
    example: 'Four board members reflect on what being part of Fabrikam\'s ethics journey has meant to them.',
    counterExample: 'This report is the next step in our human rights journey.',
    applies: (text, hit) => hit.term.id === 'journey-named' && !firstPersonIn(text, hit),
  },
  {
    id: 'named-body',
    why: 'A lexicon word inside a proper name ("Ethical Trading Initiative", "Working Group on Business and Human Rights") names a body.',
    example: 'Fabrikam is a member of the Ethical Trading Initiative.',
    counterExample: 'Ethical sourcing is part of every contract we sign.',
    applies: (text, hit) => {
      const words = hit.text.split(/[\s-]+/);
      // Small words stay lower case inside a name ("AI for Social Good", "Partnership on AI").
      const content = words.filter((w) => !NAME_SMALL_WORD.test(w));
      if (content.length === 0 || !content.every((w) => TITLE_WORD.test(w))) return false;
      // On a line in headline case (a principle listed as "4. Lawful and Risk Free Deployment.") capitals say
      // nothing of a name: only a body's own noun after the match does.
      if (headlineLine(text, hit)) return BODY_NOUN.test(text.slice(hit.offset, hit.offset + hit.length + 60));
      if (words.length > 1) return true;
      const next = /^[\s-]+([\w'’-]+)/.exec(text.slice(hit.offset + hit.length, hit.offset + hit.length + 30))?.[1] ?? '';
      const prev = /([\w'’-]+)[\s-]+$/.exec(before(text, hit, 30))?.[1] ?? '';
      const sentenceStart = /(?:^|[.!?\n]["'”’)]?\s*)$/.test(before(text, hit, 3));
      if (TITLE_WORD.test(next) || (!sentenceStart && TITLE_WORD.test(prev) && !/^(?:We|Our|The|A|An|In|For)$/.test(prev))) return true;
      // A name goes on across its small words: "the Office of Ethical and Humane Use".
      const after = text.slice(hit.offset + hit.length, hit.offset + hit.length + 40);
      const nextBridge = /^[\s-]+(?:and|of|for|&)\s+([\w'’-]+)/.exec(after)?.[1] ?? '';
      const prevBridge = /([\w'’-]+)\s+(?:of|for|on)\s+$/.exec(before(text, hit, 40))?.[1] ?? '';
      return TITLE_WORD.test(nextBridge) && TITLE_WORD.test(prevBridge) && !/^(?:We|Our|The|A|An|In|For)$/.test(prevBridge);
    },
  },
  {
    id: 'membership',
    why: 'Someone\u2019s seat on a committee or working group ("a member of the steering committee") describes a role; it is not the company offering a process in place of an outcome.',
    example: 'Ana Ruiz heads the network division and is a member of the steering committee.',
    counterExample: 'We have set up a steering committee to look into the sales.',
    applies: (text, hit) =>
      hit.term.id === 'working-group' && /\b(?:member|members|chair|chairs|co-chair|head|secretary|part)\s+of\s+(?:the|our|its|this|a|an)\s+(?:\w+\s+){0,2}$/i.test(before(text, hit, 60)),
  },
  {
    id: 'others-effort',
    why: 'An effort verb whose subject is other people ("regulators are seeking to", "citizens have been seeking ways to") describes what they do; the company offers nothing there.',
    example: 'Regulators in several countries are seeking to limit face scanning in shops.',
    counterExample: 'Fabrikam is seeking to limit face scanning in its shops.',
    applies: (text, hit) => {
      if (hit.term.category !== 'aspiration' || !/^\w+ing\b/i.test(hit.text)) return false;
      // A plural subject, lower case or opening the sentence ("Researchers are working to").
      const subject = /(?:\b([a-z]{3,}s)|(?:^|[.!?]\s+)([A-Z][a-z]{2,}s))\s+(?:(?:are|were|have been|had been)\s+)?$/.exec(before(text, hit, 40));
      const noun = (subject?.[1] ?? subject?.[2])?.toLowerCase();
      return noun !== undefined && !OTHERS_EFFORT_NOT_NOUNS.has(noun) && !firstPersonIn(text, hit);
    },
  },
  {
    id: 'others-aim',
    why: 'An aim whose subject is a reader, a user, a system, a public body, a law or a campaign ("employees who want to", "the model is trying to", "the regulator aims to", "the bill seeks to", "the Global Network Initiative strives to") is theirs; the company offers nothing there.',
    example: 'Employees who want to update their skills can join the evening course.',
    counterExample: 'We want to update the sales rules this year.',
    applies: (text, hit) =>
      hit.term.category === 'aspiration' &&
      /^(?:wants?|trying|tries|try|looks?|looking|wish(?:es)?|hop(?:e|es|ing)|plan(?:s|ning)?|intend(?:s|ing)?|seeks?|seeking|aims?|aiming|strives?|striving)\b/i.test(hit.text) &&
      /\b(?:you|users?|customers?|people|employees|candidates|applicants|visitors|readers|anyone|someone|everyone|those|who|model|algorithm|students|learners|organi[sz]ations?|businesses|companies|regulators?|government|governments|lawmakers|legislators|commission|authorit(?:y|ies)|agency|agencies|watchdog|ministry|parliament|congress|researchers|campaigners|activists|critics|NGOs|bill|law|act|proposal|regulation|directive|legislation|treaty|convention|initiative|campaign|coalition|alliance|partnership|network|foundation|institute|association|forum)\s+(?:(?:is|are|was|were|may|might|also|still|really|just|do|does|now)\s+)?$/i.test(before(text, hit, 40)) &&
      // "Fabrikam's initiative aims to" is the company's own.
      !/['’]s\s+(?:[\w-]+\s+){0,3}$/.test(before(text, hit, 40)) &&
      !firstPersonIn(text, hit),
  },
  {
    id: 'neutral-frequency',
    why: 'A frequency or timeliness adverb in a description of the past or of someone else ("was inspected regularly") states a fact; it is vague only in a pledge.',
    example: 'The old switching centre was inspected regularly during the 1990s.',
    counterExample: 'We will regularly inspect the switching centre.',
    applies: (text, hit) => {
      if (!['periodically', 'continually', 'in-a-timely-manner'].includes(hit.term.id)) return false;
      return sentenceFact(text, hit, 'neutral-past', (sentence) => !FIRST_PERSON.test(sentence) && !/\b(?:will|shall|must|commit\w*|pledge\w*|promise\w*)\b/i.test(sentence) && /\b(?:was|were|had been|has been|have been)\b/i.test(sentence));
    },
  },
  {
    id: 'body-routine',
    why: 'A frequency adverb beside a body\u2019s routine in the present ("This board meets regularly", "The team regularly reports to the Board") describes how governance runs; only a pledge of it ("the board will meet regularly") leaves the frequency open.',
    example: 'The Business and Human Rights team regularly reports to the Board of Directors.',
    counterExample: 'The Business and Human Rights team will report regularly to the Board of Directors.',
    applies: (text, hit) => {
      if (hit.term.id !== 'periodically') return false;
      const prior = before(text, hit, 60);
      const next = text.slice(hit.offset + hit.length, hit.offset + hit.length + 30);
      return (
        BODY_SUBJECT_VERB.test(prior) ||
        (BODY_SUBJECT.test(prior) && /^\s+(?:meets?|reports?|convenes?|briefs?|updates?)\b/i.test(next))
      );
    },
  },
  {
    id: 'fulfilled-commitment',
    why: 'A commitment recalled as kept ("As we committed to doing, today we are releasing …") or an announcement reported ("we announced our commitment to the UN Guiding Principles") points back to a promise; the sentence itself leaves nothing open.',
    example: 'As we committed to doing, today we are releasing our first human rights report.',
    counterExample: 'We are committed to releasing a human rights report.',
    applies: (text, hit) =>
      hit.term.id === 'committed-to' &&
      (/^committed\b/i.test(hit.text) ? /(?:^|[^\w'’])[Aa]s\s+(?:we|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:had\s+|have\s+|previously\s+|once\s+)?$/.test(before(text, hit)) : /\bannounced\s+(?:our|its|their)\s+(?:\w+\s+)?$/i.test(before(text, hit))),
  },
  {
    id: 'continued-refusal',
    why: '"Continue to" before a refusal ("We will continue to refuse sales to police", "continue to decline requests for bulk data") keeps a firm line in place; it leaves nothing open.',
    example: 'We will continue to refuse sales of face scanning to police.',
    counterExample: 'We will continue to review sales of face scanning to police.',
    applies: (text, hit) =>
      hit.term.id === 'will-continue-to' &&
      /^\s+(?:refuse|decline|reject|prohibit|ban|forbid|oppose|deny|withhold|block|not|never)\b/i.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 20)),
  },
  {
    id: 'dated-commitment',
    why: 'A commitment narrated with its date in the simple past ("In 2018, Fabrikam committed to six principles") reports an event of history; the company\u2019s present "is committed to" stays marked, as does "we committed to" in its own voice.',
    example: 'In 2018, Fabrikam committed to six principles for face scanning.',
    counterExample: 'Fabrikam is committed to six principles for face scanning.',
    applies: (text, hit) =>
      hit.term.id === 'committed-to' &&
      /^committed\s+to$/i.test(hit.text.replace(/\s+/g, ' ')) &&
      // Simple past after a name or "the company": not "is/remains/has been committed", not "deeply committed".
      /(?:\b[A-Z][\w'’&.-]*|\b(?:company|firm|group|it|they))\s+(?:also\s+|publicly\s+|formally\s+)?$/.test(before(text, hit, 40)) &&
      !/\b(?:is|are|was|were|been|be|remains?|remained|stays?|deeply|fully|firmly|strongly|very)\s+$/i.test(before(text, hit, 20)) &&
      !firstPersonIn(text, hit) &&
      sentenceFact(text, hit, 'dated-past', (sentence) => /\b(?:in|since|by|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b|\b(?:last|that)\s+year\b|\b(?:19|20)\d\d,/i.test(sentence), ['19', '20', 'last year', 'that year']),
  },
  {
    id: 'named-instrument-supported',
    why: 'Support for a named instrument a reader can look up ("We support the OECD Guidelines for Multinational Enterprises", "the UN Guiding Principles on Business and Human Rights") states an endorsement that can be checked; "we support efforts to …" stays marked.',
    example: 'We support the OECD Guidelines for Multinational Enterprises.',
    counterExample: 'We support efforts to protect privacy in every market.',
    applies: (text, hit) =>
      hit.term.id === 'we-support' &&
      /^(?:we\s+)?(?:support|endorse)$/i.test(hit.text.replace(/\s+/g, ' ')) &&
      // Title-case words (or a known acronym) make the name: text all in capitals says nothing of one.
      /^\s+(?:the\s+)?(?:[A-Z][a-z][\w'’&-]*|UN|OECD|ILO|EU|UK|US)(?:\s+(?:[A-Z][a-z][\w'’&-]*|on|of|for|and|the|to))*\s+[A-Z][a-z][\w'’&-]*\b/.test(
        text.slice(hit.offset + hit.length, hit.offset + hit.length + 120),
      ),
  },
  {
    id: 'acknowledged-fact',
    why: 'Acknowledging a fact about the world in a that-clause ("We acknowledge that workers can experience in-work poverty even where minimum standards are met") states what is the case; only a need, a duty or a gap acknowledged in place of action ("we recognise that more needs to be done", "that we have a responsibility") leaves the company\u2019s part open.',
    example: 'We also acknowledge that workers can face long hours even where local laws are met.',
    counterExample: 'We also acknowledge that more needs to be done for workers.',
    applies: (text, hit) => {
      if (hit.term.id !== 'recognise-importance' && hit.term.id !== 'recognise-need') return false;
      const after = text.slice(hit.offset + hit.length, hit.offset + hit.length + 200);
      const clause = /^\s+(?:that\s+)?([^.;:!?]*)/i.exec(/that$/i.test(hit.text) ? after : /^\s+that\b/i.test(after) ? after.replace(/^\s+that/i, ' ') : '')?.[1];
      if (!clause) return false;
      // The clause's subject is someone or something else, and nothing in it is a need, a duty, a gap or the company.
      // A recognition claimed over time ("has long recognised") praises the company; it stays marked.
      if (/\blong\b/i.test(hit.text)) return false;
      return (
        /\b(?:is|are|was|were|can|may|might|could|exists?|has|have|had|faces?|experiences?|occurs?|arises?|remains?)\b/i.test(clause) &&
        !/^\s*(?:we|our|us|I|it\s+is|there\s+is\s+(?:a|an)\s+need)\b/i.test(clause) &&
        !/\b(?:we|our|us|need\w*|must|should|more|importan\w*|responsib\w*|role|duty|obligation\w*|improv\w*|challeng\w*|work\s+to\s+do|further|key|critical|crucial|essential|vital|sensitiv\w*|serious\w*)\b/i.test(clause)
      );
    },
  },
  {
    id: 'world-continues',
    why: '"Continues to" before a verb of change with no object ("As technology continues to advance,", "demand continues to grow") describes the world moving on; the company offers nothing there. "We continue to …" and a continued action on something ("continues to advance the responsible use of …") stay marked.',
    example: 'As technology continues to advance, new risks appear every year.',
    counterExample: 'As technology changes, we continue to advance the rights of our users.',
    applies: (text, hit) =>
      hit.term.id === 'will-continue-to' &&
      /^continu\w*\s+to$/i.test(hit.text.replace(/\s+/g, ' ')) &&
      /^\s+(?:advance|evolve|grow|expand|change|develop|increase|rise|emerge|accelerate|mature|shift|apply|exist|spread|progress|improve)\s*(?:[.,;:)]|$|\s(?:at|in|across|and|or|rapidly|quickly|apace|over|beyond|as|with|to|from|into|every|each|worldwide|globally|fast|steadily)\b)/i.test(
        text.slice(hit.offset + hit.length, hit.offset + hit.length + 40),
      ) &&
      !/\b(?:we|I)\s+(?:\w+\s+)?$/i.test(before(text, hit, 20)),
  },
  {
    id: 'generally-descriptive',
    why: '"Generally" in a name or a release ("generally available", "generally referred to as", "generally known as") describes; only a rule said to hold "generally" hides its exceptions.',
    example: 'The service became generally available in December 2013.',
    counterExample: 'We generally refuse requests for location data.',
    applies: (text, hit) =>
      hit.term.id === 'in-general' &&
      /^generally$/i.test(hit.text) &&
      /^\s+(?:available|referred\s+to|known\s+as|called|regarded\s+as|defined\s+as|understood\s+as)\b/i.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 30)),
  },
  {
    id: 'others-study',
    why: 'A study under way whose subject is a public body or others ("Governments around the world are considering how to regulate AI", "regulators are reviewing the rules") is theirs; the company offers no study in place of a decision there.',
    example: 'Governments around the world are considering how to regulate face scanning.',
    counterExample: 'Fabrikam is considering how to regulate face scanning in its shops.',
    applies: (text, hit) =>
      hit.term.category === 'process-not-outcome' &&
      /^(?:considering|exploring|studying|evaluating|assessing|reviewing|examining|looking)\b/i.test(hit.text) &&
      /\b(?:governments?|regulators?|lawmakers|legislators|authorit(?:y|ies)|courts?|parliaments?|countries|cities|states|researchers|commission|congress|ministers?|agencies|police(?:\s+forces)?|companies|businesses|retailers|experts)\b(?:\s+[\w'’-]+){0,4}?\s+(?:are|is|were|was|have\s+been|has\s+been)\s+(?:now\s+|also\s+|still\s+|already\s+)?$/i.test(before(text, hit, 80)) &&
      !firstPersonIn(text, hit),
  },
  {
    id: 'generic-norm',
    why: 'What "businesses" or "companies" in general should do ("Businesses should respect human rights", the UN Guiding Principles\u2019 wording) states a norm for all of them; the company hedges nothing there unless it speaks.',
    example: 'Businesses should respect human rights wherever they operate.',
    counterExample: 'Fabrikam should respect human rights wherever it operates.',
    applies: (text, hit) =>
      hit.term.id === 'normative-should' &&
      /\b(?:all\s+)?(?:businesses|companies|enterprises|corporations|firms|organi[sz]ations|states|governments|developers|providers)\s+(?:also\s+)?$/i.test(before(text, hit, 40)) &&
      !firstPersonIn(text, hit),
  },
  {
    id: 'degree-seriously',
    why: '"Seriously" is a stance in "we take … seriously"; before a participle or adjective ("seriously injured", "seriously flawed") it measures a degree.',
    example: 'Two workers were seriously injured at the plant in 2019.',
    counterExample: 'We take our social responsibilities seriously.',
    applies: (text, hit) =>
      hit.term.id === 'take-seriously' &&
      hit.text.toLowerCase() === 'seriously' &&
      /^\s+(?:\w+ed|ill|hurt|wrong|flawed|undermine\w*|harm\w*|damag\w*|consider\w*|affect\w*|underestimat\w*|threaten\w*)\b/i.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 30)),
  },
  {
    id: 'relative-may',
    why: '"May" in a relative clause about others or the world ("employees who may face", "countries where controls may be weaker", "impacts that may arise") states a possibility; the company leaves no commitment open there. Its own action in the passive ("data that may be shared") stays marked.',
    example: 'We train employees who may face human rights challenges at work.',
    counterExample: 'Data that may be shared with the police is listed in our policy.',
    applies: (text, hit) => {
      if (hit.term.id !== 'may') return false;
      const clause = /\b(?:who|which|that|where)\s+((?:[\w'’-]+\s+){0,4})$/i.exec(before(text, hit, 60));
      if (!clause || FIRST_PERSON.test(clause[1]!)) return false;
      return !passiveFollows(text, hit);
    },
  },
  {
    id: 'others-may',
    why: '"May" or "might" after others as subject ("large resellers may have", "they may organise", "Users might not know", "the regulator may impose fines"), in a sentence where the company does not speak, describes what others can do; the company leaves nothing open there. Its own action in the passive ("records may be shared") stays marked.',
    example: 'In most countries, large resellers may have their own export teams.',
    counterExample: 'In most countries, customer records may be shared with the police.',
    applies: (text, hit) => {
      if (hit.term.id !== 'may' && hit.term.id !== 'might') return false;
      // A plural (lower case, or opening the sentence), "they", people in general, or a public body ("the regulator may impose fines").
      const m = /(?:\b([Tt]hey|[a-z]{3,}s|people|children|(?:the\s+)?(?:public|police|regulator|court|government|authority|commission|agency|parliament|legislature))|(?:^|[.!?]\s+)([A-Z][a-z]{2,}s|People|Children))\s+(?:also\s+|still\s+|just\s+|often\s+|sometimes\s+)?$/.exec(before(text, hit, 40));
      const subject = (m?.[1] ?? m?.[2])?.toLowerCase();
      if (subject === undefined || OTHERS_EFFORT_NOT_NOUNS.has(subject) || firstPersonIn(text, hit)) return false;
      // "Might" after a thing ("the findings might inform product decisions") can hedge the company's use of it: only people or a body.
      if (hit.term.id === 'might' && !/^(?:they|users|people|children|customers|employees|workers|consumers|citizens|individuals|(?:the\s+)?(?:public|police|regulator|court|government|authority|commission|agency|parliament|legislature))$/.test(subject)) return false;
      return !passiveFollows(text, hit);
    },
  },
  {
    id: 'descriptive-may',
    why: '"May" before a verb of variation or appearance ("results may vary", "this page may contain forward-looking statements"), where the company does not speak, describes how things can turn out; it leaves no pledge open. The company\u2019s own "we may vary the terms" stays marked.',
    example: 'Results may vary depending on lighting conditions.',
    counterExample: 'We may vary these terms at any time.',
    applies: (text, hit) =>
      hit.term.id === 'may' &&
      /^\s+(?:also\s+|still\s+|sometimes\s+|slightly\s+)?(?:vary|differ|fluctuate|contain|appear|seem|look)\b/i.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 30)) &&
      !firstPersonIn(text, hit),
  },
  {
    id: 'generic-habit',
    why: '"Typically" or "usually" said of anyone in a role ("an export clerk typically checks", "a network you would normally build") describes how things go in general; the company promises nothing there. Said of the company ("the company typically reviews") it stays marked.',
    example: 'An export clerk typically checks the forms before a shipment leaves.',
    counterExample: 'The company typically checks the forms before a shipment leaves.',
    applies: (text, hit) => {
      if (hit.term.id !== 'typically') return false;
      if (firstPersonIn(text, hit)) return false;
      const { sentence } = sentenceOf(text, hit);
      // A passive ("a supplier audit is typically carried out") may hide the company's own practice.
      if (/^\s+\w+(?:ed|en)\b/.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 30))) return false;
      return /^\s*An?\s/.test(sentence) || /\byou\b/i.test(before(text, hit, 40));
    },
  },
  {
    id: 'as-soon-as',
    why: '"As soon as" joins two events ("transferred as soon as the activation occurs"); only "as soon as possible" (or practicable, feasible, we can) leaves the date open.',
    example: 'Your data will be transferred as soon as the activation occurs.',
    counterExample: 'We will publish the report as soon as possible.',
    applies: (text, hit) =>
      hit.term.id === 'soon' &&
      hit.text.toLowerCase() === 'soon' &&
      /\bas\s+$/i.test(before(text, hit, 10)) &&
      /^\s+as\s+(?!possible|practicable|feasible|reasonably|we\s+can|is\s+practicable)/i.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 30)),
  },
  {
    id: 'ethics-subject',
    why: '"Ethical" naming what is discussed ("ethical issues", "ethical risks", "Ethical AI frameworks:") or a body or counted document ("ethics committee", "its six ethical principles") names a subject; it claims no virtue. "Align with ethical principles" leaves a standard open and stays marked.',
    example: 'The board discusses ethical issues raised by new products.',
    counterExample: 'The board says our new products are ethical.',
    applies: (text, hit) =>
      hit.term.id === 'ethical' &&
      hit.text.toLowerCase() === 'ethical' &&
      (/^[\s-]+(?:(?:AI|technology|artificial intelligence)\s+)?["'“‘]?(?:issues?|risks?|questions?|concerns?|implications?|dilemmas?|challenges?|considerations?|debates?|dimensions?|aspects?|review|reviews|impacts?|frameworks|codes|charters|red lines|lines|committees?|boards?|officers?)\b/i.test(
        text.slice(hit.offset + hit.length, hit.offset + hit.length + 40),
      ) ||
        // A counted set is a document named ("the company's six ethical principles"); "align with ethical principles" is a standard left open.
        (/\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$/i.test(before(text, hit, 20)) && /^\s+(?:AI\s+)?(?:principles|guidelines|commitments)\b/i.test(text.slice(hit.offset + hit.length, hit.offset + hit.length + 30)))),
  },
  {
    id: 'subject-named',
    why: 'A standard\u2019s adjective in the name of what a document or a debate is about ("principles for the responsible use of AI", "questions around the ethical use of AI", "guidance for integration and responsible use of Face", "leaders met to discuss the responsible use of AI") names a subject; it claims no virtue.',
    example: 'The five principles for responsible use of AI in healthcare are listed below.',
    counterExample: 'We ensure the responsible use of AI in healthcare.',
    applies: (text, hit) =>
      (hit.term.id === 'ethical' || hit.term.id === 'responsibly' || hit.term.id === 'undefined-norm-use') &&
      /^(?:ethical|responsible)\b/i.test(hit.text) &&
      /\b(?:(?:principles?|guidelines?|guidance|frameworks?|questions?|debates?|discussions?|conversations?|codes?|polic(?:y|ies)|charters?|research|courses?)\s+(?:for|of|on|around|about|regarding|concerning|governing)|(?:to|will|would)\s+(?:discuss|debate)|discuss(?:es|ed|ing)|debat(?:es|ed|ing))\s+(?:the\s+)?(?:[\w-]+(?:\s+and|,)\s+)?$/i.test(before(text, hit, 80)),
  },
  {
    id: 'text-roadmap',
    why: 'A writer announcing what the text itself will look at ("In this piece, we will take a closer look at …") describes the article, not a study the company offers in place of a decision.',
    example: 'In this article, we take a closer look at how the old switching centre was sold.',
    counterExample: 'We will take a closer look at how the old switching centre was sold.',
    applies: (text, hit) =>
      hit.term.category === 'process-not-outcome' &&
      /^(?:considering|consider|exploring|explore|assessing|looking|hard|closer|close)\b/i.test(hit.text) &&
      sentenceFact(text, hit, 'text-roadmap', (sentence) => /(?:^|\b)(?:in|throughout)\s+this\s+(?:piece|article|post|blog|blog post|long read|explainer|briefing|guide|chapter|section|episode|newsletter|paper)\b|\b(?:below|in what follows|in the following),?\s+we\b/i.test(sentence)),
  },
  {
    id: 'text-as-subject',
    why: 'A document naming its own aim or subject ("This article explores how …", "this edition aims to introduce the ethics of AI") describes the text; the company offers no study or effort there.',
    example: 'This article explores how Fabrikam builds its face scanners.',
    counterExample: 'Fabrikam explores how to build its face scanners.',
    applies: (text, hit) =>
      (hit.term.category === 'process-not-outcome' || hit.term.category === 'aspiration') &&
      /^(?:explores?|exploring|considers?|examines?|looks?|aims?|seeks?)\b/i.test(hit.text) &&
      /\b(?:this|the present|the following)\s+(?:piece|article|post|blog|blog post|explainer|briefing|guide|chapter|section|episode|newsletter|paper|white\s?paper|edition|report|essay|study|series|lesson|module|course|page)\s+(?:also\s+|then\s+|further\s+)?(?:\w+\s+(?:and|,)\s+)?$/i.test(before(text, hit, 80)),
  },
  {
    id: 'firm-pledge',
    why: '"Will not sell this technology" refers back to something named and refuses it outright: no scope is left open.',
    example: 'Fabrikam will not sell this technology to any government.',
    counterExample: 'Fabrikam sells this technology to select agencies.',
    applies: (text, hit) => hit.term.id === 'this-product-line' && /(?:\b(?:not|never|no longer)|n['’]t)\s+(?:\w+\s+){0,2}$/i.test(before(text, hit)),
  },
];

/** The first rule that says this match is not the company hedging, or null. */
export function contextRuleFor(text: string, hit: ContextHit, textReading: TextReading = unscoped): ContextRule | null {
  reading = textReading;
  try {
    for (const rule of CONTEXT_RULES) if (rule.applies(text, hit)) return rule;
    return null;
  } finally {
    reading = unscoped;
  }
}
