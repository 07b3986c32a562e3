import type { ComponentChildren } from 'preact';
import type { Dataset } from '../../data/schema';
import { ANSWER_LABELS, STATUS_LABELS, browserLink } from '../common/labels';
import { isOpenQuestion, nameOf, recordUrl } from '../common/records';
import { vaguePhrase } from '../common/vague-labels';
import { comparison, type ComparisonSpec } from './browser-model';

/**
 * Companies side by side on one kind of pledge: the words, what the dataset says it covers, its
 * status and history, the vague terms in it and the questions NGOs asked about it. A real table
 * (row and column headers) so screen readers can move across it.
 */
export function ComparisonTable({ dataset, spec }: { dataset: Dataset; spec: ComparisonSpec }) {
  const columns = comparison(dataset, spec);
  if (columns.length === 0) return <p class="pw-empty">None of these companies is in the dataset.</p>;
  const cell = (fn: (col: (typeof columns)[number]) => ComponentChildren) =>
    columns.map((col) => (
      <td key={col.company.id}>{col.commitments.length === 0 ? <span class="pw-empty">No {spec.year} commitment recorded.</span> : fn(col)}</td>
    ));
  return (
    <div class="pw-table-wrap" tabIndex={0} role="region" aria-labelledby="pw-compare-h">
      <table class="pw-compare" data-pw-compare>
        <caption class="pw-visually-hidden">{spec.title}, one column per company</caption>
        <thead>
          <tr>
            <td />
            {columns.map((col) => (
              <th scope="col" key={col.company.id}>
                {col.company.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">What it says</th>
            {cell((col) => col.commitments.map(({ commitment: c }) => (
              <blockquote key={c.id} class="pw-quote">
                {c.quote}
                {c.quoteVerbatim ? '' : ' [paraphrase]'}
              </blockquote>
            )))}
          </tr>
          <tr>
            <th scope="row">Covers and limits</th>
            {cell((col) => col.commitments.map(({ commitment: c }) => <p key={c.id}>{c.summary}</p>))}
          </tr>
          <tr>
            <th scope="row">Date and kind</th>
            {cell((col) => col.commitments.map(({ commitment: c }) => <p key={c.id}>{c.date} · {c.kind}</p>))}
          </tr>
          <tr>
            <th scope="row">Status</th>
            {cell((col) => col.commitments.map(({ commitment: c }) => (
              <div key={c.id}>
                <strong>{STATUS_LABELS[c.status]}</strong>
                <ol class="pw-compact">
                  {c.statusHistory.map((h, i) => (
                    <li key={i}>{h.date ?? 'undated'}: {STATUS_LABELS[h.status]} — {h.note}</li>
                  ))}
                </ol>
              </div>
            )))}
          </tr>
          <tr>
            <th scope="row">Vague terms</th>
            {cell((col) => col.commitments.map(({ commitment: c }) => (
              <p key={c.id}>{c.vagueTermIds.length ? c.vagueTermIds.map((t) => `“${vaguePhrase(t)}”`).join(', ') : <span class="pw-muted">none recorded</span>}</p>
            )))}
          </tr>
          <tr>
            <th scope="row">NGO questions about it</th>
            {cell((col) => col.commitments.map(({ commitment: c, questions }) => (
              <p key={c.id}>
                {questions.length === 0 ? <span class="pw-muted">none recorded</span> : null}
                {questions.map((q, i) => (
                  <span key={q.id}>
                    {i > 0 ? '; ' : ''}
                    <a href={browserLink(q.id)}>{nameOf(dataset, q.askedById)} Q{q.number}</a> ({isOpenQuestion(q) ? ANSWER_LABELS[q.answer.status].toLowerCase() : 'answered'})
                  </span>
                ))}
              </p>
            )))}
          </tr>
          <tr>
            <th scope="row">Record and source</th>
            {cell((col) => col.commitments.map(({ commitment: c }) => {
              const url = recordUrl(dataset, { kind: 'commitment', record: c });
              return (
                <p key={c.id}>
                  <a href={browserLink(c.id)}>#{c.id}</a>
                  {url ? (
                    <>
                      {' · '}
                      <a href={url} target="_blank" rel="noopener noreferrer">source</a>
                    </>
                  ) : null}
                </p>
              );
            }))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
