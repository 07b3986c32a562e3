/**
 * What a page's cards, term list and chip show of the dataset's records, worked out by the background
 * (which holds the dataset) for the items one page found: the content script carries no records, so its
 * size and start-up cost do not grow with the dataset. Pure; one message carries it (`page/details`).
 */
import type { Commitment, Dataset, NgoQuestion, Source } from '../data/schema';
import { durationSince, questionClock } from './records/days';
import { ANSWER_LABELS, STATUS_LABELS } from './records/labels';
import { isOpenQuestion, nameOf, sourceOf } from './records/records';
import { statusClaimText } from './records/status-claim';

export interface QuestionView {
  id: string;
  organisation: string;
  addressee: string;
  askedDate: string;
  number: number | null;
  text: string;
  answer: string;
  /** Days since asked while no real answer has come; null once answered. */
  daysUnanswered: number | null;
  /** The same wait in years and months ("6 years 5 months"); null once answered. */
  waited: string | null;
  sourceUrl: string | null;
}

export interface SourceView {
  title: string;
  publisher: string;
  date: string | null;
  /** For a page that bears no date: the day it was read. */
  readOn: string | null;
  url: string | null;
}

export interface CommitmentView {
  company: string;
  summary: string;
  quote: string;
  status: string;
  statusCode: Commitment['status'];
  /** The status as a dated claim: "in force as of 2021-05-18 (Reuters)", "status not checked since 2020-06-08". */
  statusClaim: string;
  date: string | null;
  source: SourceView | null;
}

/** What a page asks about: its vague terms (with the question ids its lexicon entry names), commitments and companies. */
export interface DetailsRequest {
  terms: { id: string; questionIds: string[] }[];
  commitmentIds: string[];
  companyIds: string[];
}

export interface PageDetails {
  /** Vague term id → the NGO questions about it. */
  questions: Record<string, QuestionView[]>;
  commitments: Record<string, CommitmentView>;
  /** Company id → how many of the questions to it are still open. */
  openQuestions: Record<string, number>;
}

export const noDetails = (): PageDetails => ({ questions: {}, commitments: {}, openQuestions: {} });

function sourceView(source: Source | undefined): SourceView | null {
  return source ? { title: source.title, publisher: source.publisher, date: source.date, readOn: source.readOn, url: source.url } : null;
}

function questionView(dataset: Dataset, q: NgoQuestion, now: Date): QuestionView {
  const daysUnanswered = questionClock(q, now).daysUnanswered;
  return {
    id: q.id,
    organisation: nameOf(dataset, q.askedById),
    addressee: nameOf(dataset, q.addresseeId),
    askedDate: q.askedDate,
    number: q.number,
    text: q.text,
    answer: ANSWER_LABELS[q.answer.status],
    daysUnanswered,
    waited: daysUnanswered === null ? null : durationSince(q.askedDate, now),
    sourceUrl: sourceOf(dataset, q.sourceId)?.url ?? null,
  };
}

/** NGO questions about a term: those the lexicon names, then any whose record names the term. */
export function questionsForTerm(dataset: Dataset, questionIds: readonly string[], termId: string): NgoQuestion[] {
  const ids = new Set(questionIds);
  const named = [...ids].map((id) => dataset.questions.find((q) => q.id === id)).filter((q): q is NgoQuestion => q !== undefined);
  const others = dataset.questions.filter((q) => !ids.has(q.id) && q.vagueTermIds.includes(termId));
  return [...named, ...others];
}

export function commitmentView(dataset: Dataset, c: Commitment): CommitmentView {
  return {
    company: nameOf(dataset, c.companyId),
    summary: c.summary,
    quote: c.quote,
    status: STATUS_LABELS[c.status],
    statusCode: c.status,
    statusClaim: statusClaimText(dataset, c),
    date: c.date,
    source: sourceView(sourceOf(dataset, c.sourceId)),
  };
}

export function pageDetailsFor(dataset: Dataset, request: DetailsRequest, now: Date): PageDetails {
  const details = noDetails();
  for (const term of request.terms) details.questions[term.id] = questionsForTerm(dataset, term.questionIds, term.id).map((q) => questionView(dataset, q, now));
  const wanted = new Set(request.commitmentIds);
  for (const c of dataset.commitments) if (wanted.has(c.id)) details.commitments[c.id] = commitmentView(dataset, c);
  const companies = new Set(request.companyIds);
  for (const id of companies) details.openQuestions[id] = 0;
  for (const q of dataset.questions) if (companies.has(q.addresseeId) && isOpenQuestion(q)) details.openQuestions[q.addresseeId]! += 1;
  return details;
}
