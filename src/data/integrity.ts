/**
 * Cross-record checks the per-record schemas cannot make: ids unique across the whole dataset, every
 * reference resolving to a record of the right kind, vague-term ids resolving to the lexicon and their
 * phrases really in the quote, dates in a possible order, statuses as dated claims with evidence, no
 * commitment quote on two companies, no placeholder quote, no address that no source gives, every source
 * with an address and a date (or the day an undated page was read), and (when
 * the seed documents are supplied) verbatim quotes really in their seed.
 *
 * Pure: the caller passes the lexicon ids and the seed texts, so the extension never reads files and
 * the CLI decides where they come from.
 */
import { compareIsoDates, type Dataset, type IsoDate } from './schema';
import { describeVerbatimMiss, findVerbatim } from './seed-quotes';

/** One problem, worded for a maintainer: `questions.json: edri-2020-ibm-q3: replyDeadline: …`. */
export interface DataIssue {
  file: string;
  recordId: string;
  field: string;
  message: string;
}

export interface IntegrityOptions {
  /** Ids of the vague-term lexicon; `null` skips the vagueTermIds check. */
  lexiconIds: ReadonlySet<string> | null;
  /**
   * Each lexicon id's phrases (phrase and variants). When given, a vagueTermId must name a term one of
   * whose phrases is in the record's quote or question text.
   */
  lexiconPhrases?: ReadonlyMap<string, readonly string[]> | null;
  /** Seed documents by file name; when given, verbatim quotes from seed sources are checked. */
  seeds?: Readonly<Record<string, string>> | null;
}

type Kind = Exclude<keyof Dataset, 'meta'>;
const KIND_WORD: Record<Kind, string> = {
  sources: 'source',
  organisations: 'organisation',
  companies: 'company',
  commitments: 'commitment',
  questions: 'NGO question',
  assessments: 'assessment',
  candidates: 'review candidate',
};
const KINDS = Object.keys(KIND_WORD) as Kind[];
const aKind = (kind: Kind) => `${/^[aeiou]/i.test(KIND_WORD[kind]) ? 'an' : 'a'} ${KIND_WORD[kind]}`;

/** Words only: case, punctuation, typographic quotes and dashes do not decide whether a phrase is in a text. */
function wordsOf(text: string): string {
  return ` ${text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()} `;
}

/** Whether any of the phrases stands in the text as whole words. */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  const words = wordsOf(text);
  return phrases.some((p) => words.includes(wordsOf(p)));
}

/** Stand-ins for words nobody recorded: "(wording not recorded)", "TBD", "…". Never shown as a quote. */
const PLACEHOLDER = /\b(?:not recorded|wording unknown|to be (?:added|confirmed)|tbd|todo|placeholder|lorem ipsum)\b|^[\s.…?()[\]-]*$/i;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

export function checkIntegrity(dataset: Dataset, options: IntegrityOptions): DataIssue[] {
  const issues: DataIssue[] = [];
  const where = new Map<string, Kind>();
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const sourceUrls = new Set(dataset.sources.flatMap((s) => (s.url ? [s.url] : [])));
  /** Own-words quotes seen so far (as words), with the first record that has each. */
  const ownQuotes = new Map<string, { id: string; companyId: string }>();

  // The changelog says what this version changed: its newest entry is this version.
  const newest = dataset.meta.changelog[0];
  if (newest && newest.version !== dataset.meta.version) {
    issues.push({ file: 'meta.json', recordId: 'meta', field: 'changelog[0].version', message: `is ${newest.version} but the dataset is version ${dataset.meta.version}: say what this version changed first` });
  }

  // Unique ids: a reference must mean one record, whatever collection it lives in.
  for (const kind of KINDS) {
    for (const record of dataset[kind]) {
      const first = where.get(record.id);
      if (first) issues.push({ file: `${kind}.json`, recordId: record.id, field: 'id', message: `is used twice: "${record.id}" is already the id of ${aKind(first)} in ${first}.json` });
      else where.set(record.id, kind);
    }
  }

  for (const kind of KINDS) {
    for (const record of dataset[kind] as ReadonlyArray<Dataset[Kind][number]>) {
      const report = (field: string, message: string) => issues.push({ file: `${kind}.json`, recordId: record.id, field, message });
      const ref = (field: string, id: string | null | undefined, allowed: readonly Kind[] | 'any') => {
        if (id === null || id === undefined) return;
        const found = where.get(id);
        if (!found) report(field, `refers to "${id}", which is not the id of any record in the dataset`);
        else if (allowed !== 'any' && !allowed.includes(found)) {
          report(field, `refers to "${id}", which is ${aKind(found)}, not ${allowed.map(aKind).join(' or ')}`);
        }
      };
      const refs = (field: string, ids: readonly string[], allowed: readonly Kind[] | 'any') => ids.forEach((id, i) => ref(`${field}[${i}]`, id, allowed));
      const vague = (ids: readonly string[]) => {
        if (!options.lexiconIds) return;
        ids.forEach((id, i) => {
          if (!options.lexiconIds!.has(id)) report(`vagueTermIds[${i}]`, `refers to "${id}", which is not in the vague-term lexicon`);
        });
      };
      const notAfterDataset = (field: string, date: IsoDate | null) => {
        if (date && compareIsoDates(date, dataset.meta.date) > 0) report(field, `${date} is later than the dataset's own date (${dataset.meta.date})`);
      };
      const vagueInText = (ids: readonly string[], text: string, what: string) => {
        if (!options.lexiconPhrases) return;
        ids.forEach((id, i) => {
          const phrases = options.lexiconPhrases!.get(id);
          if (phrases && !containsPhrase(text, phrases)) {
            report(`vagueTermIds[${i}]`, `"${id}" is not in the ${what}: none of its phrases (${phrases.map((p) => `"${p}"`).join(', ')}) appears there`);
          }
        });
      };
      const verbatim = (field: string, text: string | undefined, sourceId: string) => {
        if (!options.seeds || text === undefined) return;
        const seedName = sourceById.get(sourceId)?.seed;
        const seedText = seedName ? options.seeds[seedName] : undefined;
        // A seed missing from the folder is reported once, on its source record.
        if (!seedName || seedText === undefined) return;
        const result = findVerbatim(seedText, text);
        if (!result.found) report(field, describeVerbatimMiss(seedName, result));
      };

      if (kind === 'sources') {
        const s = record as Dataset['sources'][number];
        if ((s.verification === 'seed') !== (s.seed !== null)) {
          report('verification', s.seed ? `must be "seed" because the source names the seed document ${s.seed}` : 'is "seed" but the source names no seed document');
        }
        if (s.seed && options.seeds && options.seeds[s.seed] === undefined) report('seed', `${s.seed} is not in the seeds folder`);
        notAfterDataset('date', s.date);
        notAfterDataset('readOn', s.readOn);
        // Every record must be a source a reader can open: an address, and a date (or the day an undated page was read).
        if (s.url === null) report('url', 'is missing: every source needs an address a reader can open (the page it was read on, or a reprint of it); never guess one');
        if (s.date === null && s.readOn === null) {
          report('readOn', 'is missing and so is date: give the date the page bears, or, for a page that bears none, readOn (the day it was read); never a guessed publication date');
        }
      } else if (kind === 'organisations' || kind === 'companies') {
        refs('sourceIds', (record as Dataset['companies' | 'organisations'][number]).sourceIds, ['sources']);
        const url = kind === 'organisations' ? (record as Dataset['organisations'][number]).url : null;
        if (url !== null && !sourceUrls.has(url)) report('url', `${url} is not the address of any source: record the page it was read on as a source first, never derive an address`);
      } else if (kind === 'commitments') {
        const c = record as Dataset['commitments'][number];
        ref('companyId', c.companyId, ['companies']);
        ref('sourceId', c.sourceId, ['sources']);
        refs('relatedIds', c.relatedIds, 'any');
        vague(c.vagueTermIds);
        vagueInText(c.vagueTermIds, c.quote, 'quote');
        notAfterDataset('date', c.date);
        c.statusHistory.forEach((change, i) => {
          ref(`statusHistory[${i}].sourceId`, change.sourceId, ['sources']);
          notAfterDataset(`statusHistory[${i}].date`, change.date);
          const before = c.statusHistory[i - 1]?.date;
          if (change.date && before && compareIsoDates(change.date, before) < 0) {
            report(`statusHistory[${i}].date`, `${change.date} comes before the previous entry's ${before}; list status changes oldest first`);
          }
          if (change.date && c.date && compareIsoDates(change.date, c.date) < 0) {
            report(`statusHistory[${i}].date`, `${change.date} is before the commitment's own date ${c.date}`);
          }
        });
        const latest = c.statusHistory.at(-1);
        if (latest && latest.status !== c.status) report('status', `is "${c.status}" but the latest statusHistory entry says "${latest.status}"`);
        checkStatusClaim(c, sourceById.get(c.evidenceSourceId ?? '')?.date ?? null, report, ref, notAfterDataset);
        if (isPlaceholder(c.quote)) report('quote', `"${c.quote}" is a placeholder, not anyone's words; leave the record out until its words are read`);
        if (c.kind === 'reported-practice') {
          ref('reportedById', c.reportedById, ['organisations']);
        } else {
          const key = wordsOf(c.quote);
          const first = ownQuotes.get(key);
          if (first && first.companyId !== c.companyId) {
            report('quote', `is also the quote of ${first.id} (company ${first.companyId}): a commitment is one company's own words; what a third party says about several companies is a reported practice`);
          } else if (!first) ownQuotes.set(key, { id: c.id, companyId: c.companyId });
          if (c.pageUrl !== null) {
            const source = sourceById.get(c.sourceId);
            if (!source || source.url !== c.pageUrl || (source.verification !== 'verified' && source.verification !== 'seed')) {
              report('pageUrl', `${c.pageUrl} is not a page a source was read on: it must be the url of the record's own source (${c.sourceId}), read there ("verified" or "seed"), because the extension checks that page for the quote`);
            }
          }
        }
        verbatim('quote', c.quote, c.sourceId);
      } else if (kind === 'questions') {
        const q = record as Dataset['questions'][number];
        ref('askedById', q.askedById, ['organisations']);
        ref('addresseeId', q.addresseeId, ['companies']);
        ref('sourceId', q.sourceId, ['sources']);
        refs('relatedCommitmentIds', q.relatedCommitmentIds, ['commitments']);
        ref('answer.replySourceId', q.answer.replySourceId, ['sources']);
        vague(q.vagueTermIds);
        vagueInText(q.vagueTermIds, q.text, 'text');
        if (isPlaceholder(q.text)) report('text', `"${q.text}" is a placeholder, not the question's words`);
        notAfterDataset('askedDate', q.askedDate);
        notAfterDataset('answer.replyDate', q.answer.replyDate);
        if (q.replyDeadline && compareIsoDates(q.replyDeadline, q.askedDate) <= 0) {
          report('replyDeadline', `${q.replyDeadline} is not after the date the question was asked (${q.askedDate})`);
        }
        if (q.answer.replyDate && compareIsoDates(q.answer.replyDate, q.askedDate) < 0) {
          report('answer.replyDate', `${q.answer.replyDate} is before the date the question was asked (${q.askedDate})`);
        }
        if (q.answer.status === 'unanswered' && (q.answer.replyDate || q.answer.replySourceId)) {
          report('answer.status', 'is "unanswered" but a reply date or reply source is recorded');
        }
        verbatim('text', q.text, q.sourceId);
      } else if (kind === 'assessments') {
        const a = record as Dataset['assessments'][number];
        ref('companyId', a.companyId, ['companies']);
        ref('assessorId', a.assessorId, ['organisations']);
        ref('sourceId', a.sourceId, ['sources']);
        refs('otherSourceIds', a.otherSourceIds, ['sources']);
        notAfterDataset('date', a.date);
        if (a.quote !== undefined && isPlaceholder(a.quote)) report('quote', `"${a.quote}" is a placeholder, not the source's words`);
        verbatim('quote', a.quote, a.sourceId);
      } else {
        const c = record as Dataset['candidates'][number];
        ref('companyId', c.companyId, ['companies']);
        refs('relatedIds', c.relatedIds, 'any');
      }
    }
  }
  return issues;
}

type Report = (field: string, message: string) => void;
type Ref = (field: string, id: string | null | undefined, allowed: readonly Kind[] | 'any') => void;

/**
 * A status is a dated claim: anything but `unknown` needs the date of its evidence and the source that
 * shows it; `unknown` still says since when ("not checked since" the statement's own date).
 */
function checkStatusClaim(c: Dataset['commitments'][number], evidenceDate: IsoDate | null, report: Report, ref: Ref, notAfterDataset: (field: string, date: IsoDate | null) => void): void {
  ref('evidenceSourceId', c.evidenceSourceId, ['sources']);
  notAfterDataset('asOf', c.asOf);
  if (c.status !== 'unknown') {
    if (c.asOf === null) report('asOf', `is required: a status of "${c.status}" is a claim about a date; give the date of the evidence, or make the status "unknown"`);
    if (c.evidenceSourceId === null) report('evidenceSourceId', `is required: a status of "${c.status}" needs the source that shows it, or make the status "unknown"`);
  } else if (c.asOf === null && c.date !== null) {
    report('asOf', `is required: an "unknown" status says since when it was not checked (at least the statement's own date, ${c.date})`);
  }
  if (c.asOf && c.date && compareIsoDates(c.asOf, c.date) < 0) report('asOf', `${c.asOf} is before the statement's own date ${c.date}`);
  // Evidence can show a status at its own date or earlier (a report of a reply), never later.
  if (c.asOf && evidenceDate && compareIsoDates(c.asOf, evidenceDate) > 0) report('asOf', `${c.asOf} is after its evidence ${c.evidenceSourceId} was published (${evidenceDate}): a source cannot show a status later than itself`);
}
