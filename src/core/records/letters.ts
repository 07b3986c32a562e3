/**
 * NGO questions as the letters that asked them: one group per asker and source, questions in their
 * own numeric order, the reply said once when it was one reply to all. Shared by the popup and the
 * dataset browser's question clock. No DOM.
 */
import { compareIsoDates, type Dataset, type NgoQuestion } from '../../data/schema';
import { byQuestionNumber, isOpenQuestion } from './records';

/** The shortest name a source gives an organisation ("EDRi" for "European Digital Rights (EDRi)"). */
export function shortName(dataset: Dataset, id: string): string {
  const org = dataset.organisations.find((o) => o.id === id) ?? dataset.companies.find((c) => c.id === id);
  if (!org) return id;
  return [org.name, ...org.aliases].reduce((a, b) => (b.length < a.length ? b : a));
}

/**
 * One NGO letter to the company: its questions in their own numeric order, and the reply when every
 * question got the same one (the usual case: one reply letter for all), so it is said once.
 */
export type LetterGroup = {
  key: string;
  askedById: string;
  asker: string;
  sourceId: string;
  askedDate: string;
  questions: NgoQuestion[];
  open: number;
  /** When the oldest still-open question was asked; null when all are answered. */
  openSince: string | null;
  sharedReply: NgoQuestion['answer'] | null;
};

export function groupByLetter(dataset: Dataset, questions: NgoQuestion[]): LetterGroup[] {
  const letters = new Map<string, NgoQuestion[]>();
  for (const q of questions) {
    const key = `${q.askedById}|${q.sourceId}`;
    letters.set(key, [...(letters.get(key) ?? []), q]);
  }
  return [...letters.entries()]
    .map(([key, qs]) => {
      const sorted = [...qs].sort(byQuestionNumber);
      const first = sorted[0]!;
      const oldest = (qs: NgoQuestion[]) => qs.map((q) => q.askedDate).reduce<string | null>((a, b) => (a === null || compareIsoDates(b, a) < 0 ? b : a), null);
      const same = sorted.every((q) => JSON.stringify(q.answer) === JSON.stringify(first.answer));
      return {
        key,
        askedById: first.askedById,
        asker: shortName(dataset, first.askedById),
        sourceId: first.sourceId,
        askedDate: oldest(sorted)!,
        openSince: oldest(sorted.filter(isOpenQuestion)),
        questions: sorted,
        open: sorted.filter(isOpenQuestion).length,
        sharedReply: same ? first.answer : null,
      };
    })
    .sort((a, b) => Number(b.open > 0) - Number(a.open > 0) || compareIsoDates(a.askedDate, b.askedDate) || a.key.localeCompare(b.key));
}

/** The id of a letter's heading in the popup, the target of its summary line. */
export const letterAnchor = (g: Pick<LetterGroup, 'askedById' | 'sourceId'>): string => `pw-letter-${g.askedById}-${g.sourceId}`;
