/**
 * One scanned input → the record `--json` prints and the readable report is drawn from: the core's
 * analysis plus what the popup would show for it (`recordsFor`).
 */
import { analysePage } from '../core/analyse-page';
import type { PageAnalysis } from '../core/analysis-schema';
import { recordsFor, type PageRecords } from '../core/records/page-records';
import { extractPage } from '../core/html-text';
import type { Dataset } from '../data/schema';
import type { LoadedInput } from './read-input';

export interface ScanRecord {
  input: string;
  url: string;
  title: string;
  relevant: boolean;
  kind: PageAnalysis['kind'];
  topics: { id: string; score: number }[];
  companies: { id: string; name: string; score: number }[];
  /** Who published the page: a tracked company, or one named from the page itself and not tracked yet. */
  publisher: { name: string; domain: string; tracked: boolean; companyId: string | null } | null;
  vagueTerms: { phrase: string; termId: string; category: string; offset: number }[];
  specificTerms: { phrase: string; termId: string; offset: number }[];
  specificity: number | null;
  restatedCommitments: { id: string; offset: number; similarity: number }[];
  missingQuotes: string[];
  /** Commitments read on this page whose presence could not be checked (the text was not read in full). */
  uncheckedQuotes: string[];
  commitments: string[];
  questions: string[];
  assessments: string[];
  textLength: number;
}

export interface ScanOutcome {
  record: ScanRecord;
  analysis: PageAnalysis;
  /** The records the popup would show for the page. */
  lookup: PageRecords;
  /** The dataset the page was scanned against, for the report's words about its records. */
  dataset: Dataset;
  /** The text the analysis read (its offsets point into it). */
  text: string;
}

export function scanLoaded(loaded: LoadedInput, dataset: Dataset, urlOverride?: string): ScanOutcome {
  const page = loaded.isHtml ? extractPage(loaded.content) : undefined;
  const url = urlOverride ?? page?.url ?? loaded.location;
  const text = page?.text ?? loaded.content;
  const analysis = analysePage(
    { url, title: page?.title ?? '', text, meta: page?.meta ?? { jsonLdTypes: [] } },
    { dataset },
  );
  const lookup = recordsFor(dataset, analysis);
  const record: ScanRecord = {
    input: loaded.input,
    url,
    title: analysis.title,
    relevant: analysis.relevant,
    kind: analysis.kind,
    topics: analysis.topics.map((t) => ({ id: t.id, score: t.score })),
    companies: analysis.companies.map((c) => ({ id: c.id, name: c.name, score: c.score })),
    publisher: analysis.publisher ? { name: analysis.publisher.name, domain: analysis.publisher.domain, tracked: analysis.publisher.tracked, companyId: analysis.publisher.companyId } : null,
    vagueTerms: analysis.vagueTerms.map((v) => ({ phrase: v.text, termId: v.termId, category: v.category, offset: v.offset })),
    specificTerms: analysis.specificTerms.map((s) => ({ phrase: s.text, termId: s.termId, offset: s.offset })),
    specificity: analysis.specificity,
    restatedCommitments: analysis.restatedCommitments.map((r) => ({ id: r.commitmentId, offset: r.offset, similarity: r.similarity })),
    missingQuotes: analysis.missingQuotes,
    uncheckedQuotes: analysis.uncheckedQuotes ?? [],
    commitments: lookup.commitments.map((c) => c.id),
    questions: lookup.questions.map((q) => q.id),
    assessments: lookup.assessments.map((a) => a.id),
    textLength: analysis.textLength,
  };
  return { record, analysis, lookup, dataset, text };
}
