/**
 * A seeded synthetic dataset N times the size of a real one, for measuring how per-page cost and the
 * popup's search grow with the dataset (`npm run bench -- --scale N`, `PLEDGEWATCH_DATASET_SCALE`).
 *
 * Copy k (1 … N-1) of every company, source, commitment, NGO question and assessment gets the id
 * `synthetic-<k>-<original id>`, invented company names (made-up words, generic words such as "Group"
 * kept), domains under the reserved `.test` and `.example` names, and quotes reworded from the real ones
 * by a seeded word shuffle and substitution: the text stays quote-like, so the restated-commitment search
 * meets realistic words, but no two companies share a quote. Organisations (the askers and reporters) and
 * review candidates are not copied. The result passes the same schema and integrity checks as the
 * bundled dataset (`npm run check:data`), so nothing downstream needs to know it is synthetic; the
 * `synthetic-` ids and reserved domains say so to a reader. It is never written into src/data/dataset.
 *
 * Pure: no fs, no DOM. Rewording keeps every phrase of a record's vague terms whole, which is why the
 * vague lexicon is read here.
 */
import { phrasesOf } from '../core/lexicon/phrases';
import vagueLexicon from '../core/lexicon/vague-terms.json';
import { isPlaceholder } from './integrity';
import type { Commitment, Dataset, Source } from './schema';

export const DEFAULT_SCALE_SEED = 20261201;

const SYNTHETIC_PREFIX = 'synthetic-';

/** Vague-term id → its phrases: the words rewording must leave whole for `vagueTermIds` to stay true. */
const VAGUE_PHRASES: ReadonlyMap<string, readonly string[]> = new Map(
  (vagueLexicon as { terms: { id: string; phrase: string; variants?: string[] }[] }).terms.map((t) => [t.id, phrasesOf(t)]),
);

/** Corporate words that say nothing about which company it is; kept so names still read as names. */
const GENERIC_NAME_WORDS = new Set(
  'inc ltd corp co plc llc limited company corporation group technologies technology services web cloud ai enterprise communications platforms information systems solutions digital video electronics global network initiative the of and'.split(
    ' ',
  ),
);

/** mulberry32: small, fast and fully determined by its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;

/** Words as integrity.ts compares them: lowercase, typographic apostrophes folded, punctuation as spaces. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim().split(' ').filter(Boolean);
}
const wordKey = (text: string) => ` ${wordsOf(text).join(' ')} `;

/** A whitespace-separated token split into its leading punctuation, word and trailing punctuation. */
function splitToken(token: string): { lead: string; core: string; trail: string } {
  const m = /^([^\p{L}\p{N}]*)(.*?)((?:['’]s)?[^\p{L}\p{N}]*)$/u.exec(token)!;
  return { lead: m[1]!, core: m[2]!, trail: m[3]! };
}

/** Made-up, pronounceable words; never one of `taken` (real names and every word the dataset uses). */
function inventWord(rnd: () => number, taken: Set<string>): string {
  const onsets = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr', 'kl', 'tr', 'st', 'qu'];
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'eo', 'y'];
  const codas = ['', '', 'n', 'r', 'x', 'l', 'sk', 'th'];
  for (;;) {
    const syllables = 2 + Math.floor(rnd() * 2);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pick(rnd, onsets) + pick(rnd, vowels);
    word += pick(rnd, codas);
    if (!taken.has(word)) {
      taken.add(word);
      return word[0]!.toUpperCase() + word.slice(1);
    }
  }
}

const slug = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** What one copy renames: company-name words, company domains, other hosts. */
interface CopyNames {
  /** Original name word (as written, e.g. "Amazon") → this copy's invented word. */
  words: Map<string, string>;
  /** Original company domain → this copy's synthetic domain. */
  domains: Map<string, string>;
}

function renameWords(text: string, words: ReadonlyMap<string, string>): string {
  return text
    .split(/(\s+)/)
    .map((token) => {
      const { lead, core, trail } = splitToken(token);
      const renamed = words.get(core);
      return renamed ? lead + renamed + trail : token;
    })
    .join('');
}

/** Token indices (of `tokens`, words at even indices) covered by an occurrence of any of the phrases. */
function protectedTokens(tokens: readonly string[], phrases: readonly string[]): Set<number> {
  const flat: { word: string; token: number }[] = [];
  tokens.forEach((token, index) => {
    if (index % 2 === 0) for (const word of wordsOf(token)) flat.push({ word, token: index });
  });
  const covered = new Set<number>();
  for (const phrase of phrases) {
    const target = wordsOf(phrase);
    if (target.length === 0) continue;
    for (let start = 0; start + target.length <= flat.length; start++) {
      if (target.every((w, i) => flat[start + i]!.word === w)) {
        for (let i = 0; i < target.length; i++) covered.add(flat[start + i]!.token);
      }
    }
  }
  return covered;
}

/**
 * Rewords a quote: company names renamed, then about one word in eight swapped with another and one in
 * eight replaced by a word from elsewhere in the dataset. Words of the given vague phrases stay in place.
 */
function reword(text: string, names: CopyNames, vaguePhrases: readonly string[], vocabulary: readonly string[], rnd: () => number): string {
  const tokens = text.split(/(\s+)/);
  const fixed = protectedTokens(tokens, vaguePhrases);
  const free: number[] = [];
  for (let i = 0; i < tokens.length; i += 2) {
    if (fixed.has(i) || tokens[i] === '') continue;
    const { lead, core, trail } = splitToken(tokens[i]!);
    const renamed = names.words.get(core);
    if (renamed) tokens[i] = lead + renamed + trail;
    else if (core !== '') free.push(i);
  }
  const parts = free.map((i) => splitToken(tokens[i]!));
  const startsUpper = /^\p{Lu}/u.test(tokens[0] ?? '');
  const sentenceStart = free[0] === 0 ? parts[0]!.core : null;
  for (let s = Math.ceil(parts.length / 8); s > 0 && parts.length > 1; s--) {
    const a = Math.floor(rnd() * parts.length);
    const b = Math.floor(rnd() * parts.length);
    [parts[a]!.core, parts[b]!.core] = [parts[b]!.core, parts[a]!.core];
  }
  for (let s = Math.ceil(parts.length / 8); s > 0 && parts.length > 0; s--) {
    pick(rnd, parts).core = pick(rnd, vocabulary);
  }
  free.forEach((tokenIndex, i) => {
    const { lead, trail } = parts[i]!;
    let core = parts[i]!.core;
    // The sentence's first word moved inside it reads as an ordinary word again ("Every" → "every").
    if (i > 0 && core === sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(core)) core = core.toLowerCase();
    tokens[tokenIndex] = lead + core + trail;
  });
  if (startsUpper && tokens[0]) tokens[0] = tokens[0].replace(/^(\P{L}*)(\p{Ll})/u, (_, lead: string, letter: string) => lead + letter.toUpperCase());
  return tokens.join('');
}

/** Every vague phrase a record's words must keep. */
const phrasesFor = (vagueTermIds: readonly string[]) => vagueTermIds.flatMap((id) => VAGUE_PHRASES.get(id) ?? []);

/**
 * The dataset with N-1 synthetic copies of its companies and their records added (see the header).
 * N = 1 returns `dataset` itself. Deterministic: the same dataset, N and seed give the same result.
 */
export function scaleDataset(dataset: Dataset, n: number, seed: number = DEFAULT_SCALE_SEED): Dataset {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`scale must be a whole number of at least 1, not ${n}`);
  if (n === 1) return dataset;

  const rnd = prng(seed);
  const copiedIds = new Set<string>([...dataset.companies, ...dataset.sources, ...dataset.commitments, ...dataset.questions, ...dataset.assessments].map((r) => r.id));
  const copyId = (k: number, id: string) => (copiedIds.has(id) ? `${SYNTHETIC_PREFIX}${k}-${id}` : id);
  const copyIdOrNull = (k: number, id: string | null) => (id === null ? null : copyId(k, id));

  // Words an invented name must not be: any word of a quote, any word of a real company's or organisation's name.
  const realNameWords = new Set<string>();
  for (const c of dataset.companies) for (const name of [c.name, ...c.aliases, ...c.ambiguousNames]) for (const w of wordsOf(name)) realNameWords.add(w);
  for (const o of dataset.organisations) for (const name of [o.name, ...o.aliases]) for (const w of wordsOf(name)) realNameWords.add(w);
  const quoteWords = new Set(dataset.commitments.flatMap((c) => wordsOf(c.quote)));
  const taken = new Set([...realNameWords, ...quoteWords]);
  // Words substituted into quotes: ordinary words of other quotes, never a real name.
  const vocabulary = [...quoteWords].filter((w) => /^\p{Ll}{4,}$/u.test(w) && !realNameWords.has(w)).sort();

  // Name words are renamed consistently within a copy ("Samsung" in "Samsung SDS" and "Samsung
  // Electronics" alike); a name of generic words only ("Global Network Initiative") renames its first.
  const nameWords = new Set<string>();
  for (const c of dataset.companies) {
    const names = [c.name, ...c.aliases, ...c.ambiguousNames];
    for (const name of names) for (const w of name.split(/\s+/)) {
      const core = splitToken(w).core;
      if (core && !GENERIC_NAME_WORDS.has(core.toLowerCase())) nameWords.add(core);
    }
    if (!c.name.split(/\s+/).some((w) => nameWords.has(splitToken(w).core))) nameWords.add(splitToken(c.name.split(/\s+/)[0]!).core);
  }
  const sortedNameWords = [...nameWords].sort();

  const companyDomains = new Set(dataset.companies.flatMap((c) => c.domains));
  // Hosts that are no company's (a UN body's, a newspaper's) become numbered publishers, shared by the copies.
  const otherHosts = new Map<string, string>();
  const hostOf = (url: string) => new URL(url).hostname;
  for (const s of dataset.sources) {
    if (!s.url) continue;
    const host = hostOf(s.url);
    if (!companyDomainFor(host, companyDomains) && !otherHosts.has(host)) otherHosts.set(host, '');
  }
  [...otherHosts.keys()].sort().forEach((host, i) => otherHosts.set(host, `publisher-${i + 1}.example`));

  const out: Dataset = {
    ...dataset,
    meta: { ...dataset.meta, description: `${dataset.meta.description} Scaled ×${n} for benchmarks with synthetic copies (ids synthetic-…, invented names, reserved domains).` },
    sources: [...dataset.sources],
    companies: [...dataset.companies],
    commitments: [...dataset.commitments],
    questions: [...dataset.questions],
    assessments: [...dataset.assessments],
  };
  /** Own-words quotes as integrity.ts compares them → company: no two companies may share one. */
  const quoteOwner = new Map<string, string>();
  for (const c of dataset.commitments) if (c.kind !== 'reported-practice') quoteOwner.set(wordKey(c.quote), c.companyId);

  for (let k = 1; k < n; k++) {
    const names: CopyNames = { words: new Map(), domains: new Map() };
    for (const w of sortedNameWords) names.words.set(w, inventWord(rnd, taken));
    for (const company of dataset.companies) {
      const base = slug(renameWords(company.name, names.words));
      company.domains.forEach((domain, i) => names.domains.set(domain, i === 0 ? `${base}.test` : `site${i + 1}.${base}.test`));
    }
    const copyUrl = (url: string | null): string | null => {
      if (url === null) return null;
      const parsed = new URL(url);
      const own = companyDomainFor(parsed.hostname, companyDomains);
      parsed.hostname = own ? parsed.hostname.slice(0, parsed.hostname.length - own.length) + names.domains.get(own)! : otherHosts.get(parsed.hostname)!;
      return parsed.toString();
    };
    const rename = (text: string) => renameWords(text, names.words);

    for (const s of dataset.sources) {
      const copy: Source = {
        ...s,
        id: copyId(k, s.id),
        title: rename(s.title),
        publisher: rename(s.publisher),
        url: copyUrl(s.url),
        // Seed documents hold the real words, not the reworded ones; the copy stands as a page read.
        seed: null,
        verification: s.verification === 'seed' ? 'verified' : s.verification,
        note: `Synthetic copy of ${s.id} for scale benchmarks; not a real source.`,
      };
      out.sources.push(copy);
    }
    for (const c of dataset.companies) {
      out.companies.push({
        ...c,
        id: copyId(k, c.id),
        name: rename(c.name),
        aliases: c.aliases.map(rename),
        ambiguousNames: c.ambiguousNames.map(rename),
        domains: c.domains.map((d) => names.domains.get(d)!),
        sourceIds: c.sourceIds.map((id) => copyId(k, id)),
      });
    }
    for (const c of dataset.commitments) {
      const companyId = copyId(k, c.companyId);
      const phrases = phrasesFor(c.vagueTermIds);
      let quote = reword(c.quote, names, phrases, vocabulary, rnd);
      // Short quotes have few rewordings: retry, then lead with the company's invented name, which no
      // other company's quote carries.
      const clash = (q: string) => isPlaceholder(q) || (c.kind !== 'reported-practice' && (quoteOwner.get(wordKey(q)) ?? companyId) !== companyId);
      for (let attempt = 0; attempt < 8 && clash(quote); attempt++) quote = reword(c.quote, names, phrases, vocabulary, rnd);
      const companyName = rename(dataset.companies.find((co) => co.id === c.companyId)?.name ?? c.companyId);
      for (let extra = 0; clash(quote); extra++) quote = `${companyName}${extra ? ` ${extra}` : ''}: ${quote}`;
      if (c.kind !== 'reported-practice') quoteOwner.set(wordKey(quote), companyId);
      const common = {
        id: copyId(k, c.id),
        companyId,
        summary: rename(c.summary),
        quote,
        sourceId: copyId(k, c.sourceId),
        evidenceSourceId: copyIdOrNull(k, c.evidenceSourceId),
        statusHistory: c.statusHistory.map((h) => ({ ...h, sourceId: copyId(k, h.sourceId) })),
        relatedIds: c.relatedIds.map((id) => copyId(k, id)),
      };
      const copy: Commitment = c.kind === 'reported-practice' ? { ...c, ...common } : { ...c, ...common, pageUrl: copyUrl(c.pageUrl) };
      out.commitments.push(copy);
    }
    for (const q of dataset.questions) {
      out.questions.push({
        ...q,
        id: copyId(k, q.id),
        addresseeId: copyId(k, q.addresseeId),
        text: reword(q.text, names, phrasesFor(q.vagueTermIds), vocabulary, rnd),
        relatedCommitmentIds: q.relatedCommitmentIds.map((id) => copyId(k, id)),
        answer: { ...q.answer, replySourceId: copyIdOrNull(k, q.answer.replySourceId), ...(q.answer.note === undefined ? {} : { note: rename(q.answer.note) }) },
        sourceId: copyId(k, q.sourceId),
      });
    }
    for (const a of dataset.assessments) {
      const copy = {
        ...a,
        id: copyId(k, a.id),
        companyId: copyId(k, a.companyId),
        title: rename(a.title),
        scope: rename(a.scope),
        sourceId: copyId(k, a.sourceId),
        otherSourceIds: a.otherSourceIds.map((id) => copyId(k, id)),
      };
      if (a.quote !== undefined) copy.quote = rename(a.quote);
      out.assessments.push(copy);
    }
  }
  return out;
}

/** The company domain a host is, or is under (`newsroom.ibm.com` → `ibm.com`); the longest wins. */
function companyDomainFor(host: string, domains: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  for (const domain of domains) {
    if ((host === domain || host.endsWith(`.${domain}`)) && (!best || domain.length > best.length)) best = domain;
  }
  return best;
}
