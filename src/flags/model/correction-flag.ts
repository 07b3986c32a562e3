/**
 * "Wrong?": a reader tells Pledgewatch that its own judgement was wrong on a page (a highlight, a
 * term that is not vague in this passage, the company, the relevance). One click makes a flag of a
 * correction category, pre-filled with the passage and the term; the same flags, exported, are read by
 * `npm run eval` as labelled counter-examples. Pure: no DOM, no browser, no storage.
 *
 * The term travels in the note as a `term: <id>` line, so the flag format (and the submission contract)
 * stays as it is and a reader can still read and edit the note.
 */
import type { PageAnalysis } from '../../core/analysis-schema';
import { CorrectionCategory } from '../../data/schema';
import { z } from 'zod';
import { LIMITS, PageUrl, type FlagDraft } from './flag-schema';
import type { ExportedFlagRecord } from './flags-export';

/** A passage is the sentence around the term, never a whole page a hostile page could make huge. */
import { MAX_PASSAGE } from './correction-passage';

export { MAX_PASSAGE, sentenceAround } from './correction-passage';

export const CorrectionRequest = z.object({
  category: CorrectionCategory,
  /** The sentence or block the highlight stands in, as on the page. */
  passage: z.string().max(MAX_PASSAGE),
  /** The highlighted term (lexicon id and the text as on the page); null for page-level corrections. */
  term: z.object({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200), text: z.string().min(1).max(300) }).nullable(),
  textHash: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
});
export type CorrectionRequest = z.infer<typeof CorrectionRequest>;

const TERM_LINE = /^term: ([a-z0-9]+(?:-[a-z0-9]+)*)$/m;

/** The flag for a correction made on `pageUrl` (the sender tab's address, never one the page gave). */
export function correctionDraft(req: CorrectionRequest, pageUrl: string, analysis: PageAnalysis | null): FlagDraft {
  const url = PageUrl.parse(pageUrl.replace(/#.*$/, ''));
  const company = analysis?.companies[0];
  const note = req.term
    ? `Pledgewatch highlighted “${req.term.text}” here.\nterm: ${req.term.id}`
    : `Pledgewatch's judgement of this page (${req.category}).`;
  return {
    url,
    title: (analysis?.title ?? '').slice(0, LIMITS.title),
    companyId: company?.id ?? null,
    companyName: (company?.name ?? '').slice(0, LIMITS.companyName),
    quote: req.passage.trim(),
    category: req.category,
    relatedIds: [],
    note,
    textHash: req.textHash,
  };
}

export interface CounterExample {
  url: string;
  category: CorrectionCategory;
  passage: string;
  /** The lexicon term the reader said was wrong here; null for company or relevance corrections. */
  termId: string | null;
  /** The company the reader said was wrong (the flag's company), for `wrong-company`. */
  companyId: string | null;
}

/** The corrections in a flags export, as counter-examples for the accuracy evaluation. */
export function counterExamples(flags: readonly ExportedFlagRecord[]): CounterExample[] {
  return flags.flatMap((f) => {
    const category = CorrectionCategory.safeParse(f.category);
    if (!category.success) return [];
    return [{ url: f.url, category: category.data, passage: f.quote, termId: f.note.match(TERM_LINE)?.[1] ?? null, companyId: f.companyId }];
  });
}

