import type { Dataset, NgoQuestion } from '../../data/schema';
import { CiteMenu } from '../common/CiteMenu';
import { SourceLink } from '../common/SourceLink';
import { questionClock } from '../../core/records/days';
import { ANSWER_LABELS, browserLink, plural } from '../../core/records/labels';
import { nameOf, questionNumberText } from '../../core/records/records';
import { vaguePhrase } from '../common/vague-labels';

/** One NGO question: who asked whom, when, the deadline, how long it has waited, and the words asked. */
export function QuestionCard(props: { dataset: Dataset; question: NgoQuestion; now: Date; headingLevel?: 3 | 4 | 5 }) {
  const { dataset, question: q, now } = props;
  const Heading = (['h3', 'h4', 'h5'] as const)[(props.headingLevel ?? 3) - 3]!;
  const clock = questionClock(q, now);
  const related = q.relatedCommitmentIds.map((id) => ({ id, c: dataset.commitments.find((c) => c.id === id) }));
  return (
    <article class="pw-card" id={q.id} data-pw-record={q.id} aria-labelledby={`${q.id}-h`}>
      <Heading class="pw-card__title" id={`${q.id}-h`}>
        {nameOf(dataset, q.askedById)}, {questionNumberText(q.number)} to {nameOf(dataset, q.addresseeId)}
      </Heading>
      <p class="pw-meta">
        Asked {q.askedDate}
        {q.replyDeadline ? `, reply requested by ${q.replyDeadline}` : ', no deadline given'}.{' '}
        <span class={`pw-chip pw-answer pw-answer--${q.answer.status}`}>{ANSWER_LABELS[q.answer.status]}</span>
      </p>
      {clock.daysUnanswered !== null ? (
        <p class="pw-clock" data-pw-days={clock.daysUnanswered}>
          <strong>{plural(clock.daysUnanswered, 'day')}</strong> without an answer
          {clock.daysOverdue !== null ? ` (${plural(clock.daysOverdue, 'day')} past the deadline)` : ''}
          {q.answer.replyDate ? `; the company replied on ${q.answer.replyDate} without answering it` : ''}.
        </p>
      ) : (
        <p class="pw-meta">Answered {q.answer.replyDate ?? '(date not stated)'}.</p>
      )}
      {q.answer.note ? <p class="pw-muted">{q.answer.note}</p> : null}
      <blockquote class="pw-quote">{q.text}</blockquote>
      {related.length > 0 ? (
        <p class="pw-meta">
          About:{' '}
          {related.map(({ id, c }, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              <a href={browserLink(id)} target="_blank">
                {c?.summary ?? id}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      {q.vagueTermIds.length > 0 ? <p class="pw-meta">Asks what these mean: {q.vagueTermIds.map((t) => `“${vaguePhrase(t)}”`).join(', ')}</p> : null}
      <SourceLink dataset={dataset} item={{ kind: 'question', record: q }} />
      <div class="pw-card__actions">
        <CiteMenu dataset={dataset} item={{ kind: 'question', record: q }} />
      </div>
    </article>
  );
}
