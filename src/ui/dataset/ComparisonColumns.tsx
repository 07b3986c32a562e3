import type { Commitment, Dataset, NgoQuestion } from '../../data/schema';
import { ANSWER_LABELS, STATUS_LABELS, browserLink } from '../common/labels';
import { kindLabel, reportedByText, statusClaimText } from '../common/status-claim';
import { byQuestionNumber, isOpenQuestion, nameOf, recordUrl } from '../common/records';
import { vaguePhrase } from '../common/vague-labels';
import { comparison, type ComparisonSpec } from './browser-model';

/**
 * Companies side by side on one kind of pledge, one column each. A company can have several
 * statements from that moment (IBM's letter holds five), so each column stacks one block per
 * commitment with the same labelled fields, in the same order, for reading across.
 */
export function ComparisonColumns({ dataset, spec }: { dataset: Dataset; spec: ComparisonSpec }) {
  const columns = comparison(dataset, spec);
  if (columns.length === 0) return <p class="pw-empty">None of these companies is in the dataset.</p>;
  return (
    // Focusable region: on a narrow window the columns scroll sideways, and keyboard users must reach that too.
    <div class="pw-compare" data-pw-compare tabIndex={0} role="region" aria-label={`${spec.title}, side by side`} style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(15em, 1fr))` }}>
      {columns.map((col) => (
        <section key={col.company.id} class="pw-compare__col" aria-labelledby={`cmp-${col.company.id}`} data-pw-compare-company={col.company.id}>
          <h3 id={`cmp-${col.company.id}`}>{col.company.name}</h3>
          {col.commitments.length === 0 ? <p class="pw-empty">No {spec.year} commitment on this topic is recorded.</p> : null}
          {col.commitments.map(({ commitment, questions }) => (
            <ComparedCommitment key={commitment.id} dataset={dataset} c={commitment} questions={questions} />
          ))}
        </section>
      ))}
    </div>
  );
}

function ComparedCommitment({ dataset, c, questions }: { dataset: Dataset; c: Commitment; questions: NgoQuestion[] }) {
  const url = recordUrl(dataset, { kind: 'commitment', record: c });
  return (
    <dl class="pw-compare__item" data-pw-record-ref={c.id}>
      <dt>What it says</dt>
      <dd>
        <blockquote class="pw-quote">
          {c.quote}
        </blockquote>
        {c.kind === 'reported-practice' ? <p class="pw-muted">Not the company’s words: {reportedByText(dataset, c)}.</p> : null}
      </dd>
      <dt>Covers and limits</dt>
      <dd>{c.summary}</dd>
      <dt>Date and kind</dt>
      <dd>
        {c.date ?? 'date not stated'} · {kindLabel(c)}
      </dd>
      <dt>Status</dt>
      <dd>
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
      </dd>
      <dt>Vague terms</dt>
      <dd>{c.vagueTermIds.length ? c.vagueTermIds.map((t) => `“${vaguePhrase(t)}”`).join(', ') : <span class="pw-muted">none recorded</span>}</dd>
      <dt>NGO questions about it</dt>
      <dd>
        {questions.length === 0 ? <span class="pw-muted">none recorded</span> : null}
        {askers(questions).map(([askedById, qs]) => (
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
        ))}
      </dd>
      <dt>Record</dt>
      <dd>
        <a href={browserLink(c.id)}>#{c.id}</a>
        {url ? (
          <>
            {' · '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              source
            </a>
          </>
        ) : null}
      </dd>
    </dl>
  );
}

/** Questions grouped by who asked them, in the order of their numbers. */
function askers(questions: NgoQuestion[]): Array<[string, NgoQuestion[]]> {
  const groups = new Map<string, NgoQuestion[]>();
  for (const q of [...questions].sort(byQuestionNumber)) groups.set(q.askedById, [...(groups.get(q.askedById) ?? []), q]);
  return [...groups.entries()];
}
