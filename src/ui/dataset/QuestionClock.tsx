import type { Dataset } from '../../data/schema';
import { byDaysUnanswered } from '../common/days';
import { ANSWER_LABELS, browserLink } from '../common/labels';
import { nameOf, questionNumberText } from '../common/records';

/** Every NGO question, longest-unanswered first, each with a bar as long as its wait. */
export function QuestionClock({ dataset, now }: { dataset: Dataset; now: Date }) {
  const rows = byDaysUnanswered(dataset.questions, now);
  const longest = Math.max(1, ...rows.map((r) => r.clock.daysUnanswered ?? 0));
  if (rows.length === 0) return <p class="pw-empty">The dataset records no NGO question.</p>;
  return (
    <ol class="pw-clock-list" data-pw-clock>
      {rows.map(({ question: q, clock }) => (
        <li key={q.id} data-pw-clock-row={q.id}>
          <a href={browserLink(q.id)}>
            {nameOf(dataset, q.askedById)} → {nameOf(dataset, q.addresseeId)}, {questionNumberText(q.number)}
          </a>{' '}
          <span class="pw-muted">asked {q.askedDate}</span>
          <div class="pw-bar-row">
            <span
              class="pw-bar"
              style={{ width: `${((clock.daysUnanswered ?? 0) / longest) * 100}%` }}
              aria-hidden="true"
            />
            <span class="pw-bar-label">
              {clock.daysUnanswered === null ? ANSWER_LABELS.answered : `${clock.daysUnanswered} days unanswered (${ANSWER_LABELS[q.answer.status].toLowerCase()})`}
            </span>
          </div>
        </li>
      ))}
    </ol>
  );
}
