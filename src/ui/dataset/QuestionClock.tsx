import type { Dataset } from '../../data/schema';
import { daysSince, durationSince } from '../../core/records/days';
import { ANSWER_LABELS, browserLink, plural } from '../../core/records/labels';
import { groupByLetter } from '../../core/records/letters';
import { nameOf } from '../../core/records/records';

/**
 * The question clock, one row per letter: who asked whom, how long its open questions have waited
 * (in years and months, a bar as long as the wait), the reply, and its questions in numeric order.
 */
export function QuestionClock({ dataset, now }: { dataset: Dataset; now: Date }) {
  const letters = groupByLetter(dataset, dataset.questions).sort(
    (a, b) => Number(b.open > 0) - Number(a.open > 0) || (a.openSince ?? a.askedDate).localeCompare(b.openSince ?? b.askedDate) || a.key.localeCompare(b.key),
  );
  if (letters.length === 0) return <p class="pw-empty">The dataset records no NGO question.</p>;
  const waited = (since: string | null) => (since === null ? 0 : Math.max(0, daysSince(since, now)));
  const longest = Math.max(1, ...letters.map((g) => waited(g.openSince)));
  return (
    <ol class="pw-clock-list" data-pw-clock>
      {letters.map((g) => {
        const addressee = nameOf(dataset, g.questions[0]!.addresseeId);
        return (
          <li key={g.key} data-pw-clock-letter={g.key}>
            <h3 class="pw-clock__letter">
              {g.asker} → {addressee}, letter of {g.askedDate}: {plural(g.questions.length, 'question')}
            </h3>
            <div class="pw-bar-row">
              <span class="pw-bar" style={{ width: `${(waited(g.openSince) / longest) * 100}%` }} aria-hidden="true" />
              <span class="pw-bar-label" data-pw-clock-wait>
                {g.openSince === null
                  ? 'All answered'
                  : `${g.open === g.questions.length ? 'None' : plural(g.open, 'question') + ' not'} answered for ${durationSince(g.openSince, now)}`}
                {g.sharedReply && g.sharedReply.status !== 'unanswered' ? ` (${ANSWER_LABELS[g.sharedReply.status].toLowerCase()}${g.sharedReply.replyDate ? `, ${g.sharedReply.replyDate}` : ''})` : ''}
              </span>
            </div>
            <p class="pw-clock__questions">
              {g.questions.map((q, i) => (
                <span key={q.id}>
                  {i > 0 ? ' · ' : ''}
                  <a href={browserLink(q.id)} data-pw-clock-row={q.id} title={`${ANSWER_LABELS[q.answer.status]}: ${q.text}`}>
                    {q.number === null ? 'unnumbered' : `Q${q.number}`}
                    <span class="pw-visually-hidden">, {ANSWER_LABELS[q.answer.status].toLowerCase()}</span>
                  </a>
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
