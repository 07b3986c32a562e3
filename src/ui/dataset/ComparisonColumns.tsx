import type { ComponentChild } from 'preact';
import type { Commitment, Company, Dataset, NgoQuestion } from '../../data/schema';
import { ANSWER_LABELS, STATUS_LABELS, browserLink } from '../../core/records/labels';
import { kindLabel, reportedByText, statusClaimText } from '../../core/records/status-claim';
import { byQuestionNumber, isOpenQuestion, nameOf, recordUrl } from '../../core/records/records';
import { vaguePhrase } from '../common/vague-labels';
import { comparison, type ComparisonSpec } from './browser-model';

type Compared = { commitment: Commitment; questions: NgoQuestion[] };

/** The fields compared, one table row each, so a reader reads across companies on the same line. */
const ROWS: Array<{ label: string; cell: (dataset: Dataset, x: Compared) => ComponentChild }> = [
  { label: 'Covers and limits', cell: (_d, { commitment: c }) => c.summary },
  {
    label: 'What it says',
    cell: (dataset, { commitment: c }) => (
      <>
        <blockquote class="pw-quote">{c.quote}</blockquote>
        {c.kind === 'reported-practice' ? <p class="pw-muted">Not the company’s words: {reportedByText(dataset, c)}.</p> : null}
      </>
    ),
  },
  { label: 'Date and kind', cell: (_d, { commitment: c }) => `${c.date ?? 'date not stated'} · ${kindLabel(c)}` },
  {
    label: 'Status',
    cell: (dataset, { commitment: c }) => (
      <>
        <strong>{STATUS_LABELS[c.status]}</strong>: {statusClaimText(dataset, c)}
        {c.statusHistory.length > 0 ? (
          <ol class="pw-compact">
            {c.statusHistory.map((h, i) => (
              <li key={i}>
                {h.date ?? 'undated'}: {STATUS_LABELS[h.status]} — {h.note}
              </li>
            ))}
          </ol>
        ) : null}
      </>
    ),
  },
  { label: 'Vague terms', cell: (_d, { commitment: c }) => (c.vagueTermIds.length ? c.vagueTermIds.map((t) => `“${vaguePhrase(t)}”`).join(', ') : <span class="pw-muted">none recorded</span>) },
  {
    label: 'NGO questions about it',
    cell: (dataset, { questions }) =>
      questions.length === 0 ? (
        <span class="pw-muted">none recorded</span>
      ) : (
        askers(questions).map(([askedById, qs]) => (
          <p key={askedById} class="pw-compact-p">
            {nameOf(dataset, askedById)}:{' '}
            {qs.map((q, i) => (
              <span key={q.id}>
                {i > 0 ? ', ' : ''}
                <a href={browserLink(q.id)} title={isOpenQuestion(q) ? ANSWER_LABELS[q.answer.status] : 'Answered'}>
                  {q.number === null ? 'Q' : `Q${q.number}`}
                </a>
              </span>
            ))}{' '}
            ({qs.filter(isOpenQuestion).length} of {qs.length} still open)
          </p>
        ))
      ),
  },
  {
    label: 'Source',
    cell: (dataset, { commitment: c }) => {
      const url = recordUrl(dataset, { kind: 'commitment', record: c });
      return url ? (
        <a href={url} target="_blank" rel="noopener noreferrer">
          source
        </a>
      ) : (
        <span class="pw-muted">address not recorded</span>
      );
    },
  },
];

/**
 * Companies side by side on one kind of pledge, as a table: one column per statement (grouped under
 * its company), one row per field, so the same field lines up across companies.
 */
export function ComparisonColumns({ dataset, spec }: { dataset: Dataset; spec: ComparisonSpec }) {
  const columns = comparison(dataset, spec);
  if (columns.length === 0) return <p class="pw-empty">None of these companies is in the dataset.</p>;
  const cells = columns.flatMap((col): Array<{ company: Company; x: Compared | null }> =>
    col.commitments.length ? col.commitments.map((x) => ({ company: col.company, x })) : [{ company: col.company, x: null }],
  );
  return (
    // Focusable region: on a narrow window the table scrolls sideways, and keyboard users must reach that too.
    <div class="pw-compare" data-pw-compare tabIndex={0} role="region" aria-label={`${spec.title}, side by side`}>
      <table class="pw-compare__table">
        <caption class="pw-visually-hidden">{spec.title}: one column per statement, one row per field</caption>
        <thead>
          <tr>
            <td />
            {columns.map((col) => (
              <th key={col.company.id} scope="colgroup" colSpan={Math.max(1, col.commitments.length)} data-pw-compare-company={col.company.id}>
                {col.company.name}
              </th>
            ))}
          </tr>
          <tr>
            <td />
            {cells.map(({ company, x }) =>
              x ? (
                <th key={x.commitment.id} scope="col" data-pw-record-ref={x.commitment.id}>
                  <a href={browserLink(x.commitment.id)}>{x.commitment.date ?? 'undated'}</a>
                </th>
              ) : (
                <th key={company.id} scope="col" class="pw-empty">
                  No {spec.year} commitment recorded
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {cells.map(({ company, x }) => (
                <td key={x?.commitment.id ?? company.id}>{x ? row.cell(dataset, x) : null}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Questions grouped by who asked them, in the order of their numbers. */
function askers(questions: NgoQuestion[]): Array<[string, NgoQuestion[]]> {
  const groups = new Map<string, NgoQuestion[]>();
  for (const q of [...questions].sort(byQuestionNumber)) groups.set(q.askedById, [...(groups.get(q.askedById) ?? []), q]);
  return [...groups.entries()];
}
