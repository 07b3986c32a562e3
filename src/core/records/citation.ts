/**
 * "Copy as citation": everything a journalist's footnote needs, taken from the record itself —
 * the words (verbatim, or marked as a paraphrase), who said or asked them, the source, its date,
 * the dataset record id and the dataset version, so the citation can be traced back later.
 */
import type { Dataset } from '../../data/schema';
import { nameOf, recordDate, recordUrl, sourceDateText, sourceOf, type AnyRecord } from './records';

export type Citation = {
  recordId: string;
  recordType: AnyRecord['kind'];
  /** Who made the commitment, asked the question or published the assessment. */
  author: string;
  /** The assessment's title; the question's number in its letter. */
  title: string | null;
  quote: string | null;
  quoteVerbatim: boolean;
  date: string | null;
  sourceTitle: string | null;
  sourcePublisher: string | null;
  sourceUrl: string | null;
  /** For a source page that bears no date: the day it was read. */
  sourceReadOn: string | null;
  dataset: { name: 'Pledgewatch'; version: string; date: string };
};

export function buildCitation(dataset: Dataset, item: AnyRecord): Citation {
  const source = sourceOf(dataset, item.record.sourceId);
  const base = {
    recordId: item.record.id,
    recordType: item.kind,
    date: recordDate(item),
    sourceTitle: source?.title ?? null,
    sourcePublisher: source?.publisher ?? null,
    sourceUrl: recordUrl(dataset, item),
    sourceReadOn: source?.readOn ?? null,
    dataset: { name: 'Pledgewatch' as const, version: dataset.meta.version, date: dataset.meta.date },
  };
  switch (item.kind) {
    case 'commitment':
      // A reported practice is the reporter's words about the company: the reporter is their author.
      return item.record.kind === 'reported-practice'
        ? { ...base, author: nameOf(dataset, item.record.reportedById), title: `On ${nameOf(dataset, item.record.companyId)}`, quote: item.record.quote, quoteVerbatim: true }
        : { ...base, author: nameOf(dataset, item.record.companyId), title: null, quote: item.record.quote, quoteVerbatim: true };
    case 'question':
      return { ...base, author: nameOf(dataset, item.record.askedById), title: item.record.number === null ? 'Unnumbered question' : `Question ${item.record.number}`, quote: item.record.text, quoteVerbatim: true };
    case 'assessment':
      return {
        ...base,
        author: nameOf(dataset, item.record.assessorId ?? item.record.companyId),
        title: item.record.title,
        quote: item.record.quote ?? null,
        quoteVerbatim: item.record.quote !== undefined,
      };
  }
}

/** One footnote line: `IBM, "…" (Title, Publisher, 2020-06-08). URL. Pledgewatch dataset 1.2.0 (2026-11-01), record ibm-…`. */
export function citationText(c: Citation): string {
  const quoted = c.quote === null ? null : c.quoteVerbatim ? `“${c.quote}”` : `${c.quote} [paraphrase]`;
  const words = [c.title, quoted].filter(Boolean).join(': ');
  const where = [c.sourceTitle, c.sourcePublisher, sourceDateText({ date: c.date, readOn: c.sourceReadOn })].filter(Boolean).join(', ');
  const url = c.sourceUrl ?? 'source address not recorded';
  return `${c.author}, ${words} (${where}). ${url}. Pledgewatch dataset ${c.dataset.version} (${c.dataset.date}), record ${c.recordId}.`;
}

export function citationJson(c: Citation): string {
  return JSON.stringify(c, null, 2);
}
