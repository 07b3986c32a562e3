import type { Dataset, NgoQuestion } from '../../data/schema';
import { CiteMenu } from '../common/CiteMenu';
import { SourceLink } from '../common/SourceLink';
import { durationSince } from '../../core/records/days';
import { ANSWER_LABELS, plural } from '../../core/records/labels';
import { isOpenQuestion, questionNumberText } from '../../core/records/records';
import { letterAnchor, type LetterGroup } from '../../core/records/letters';

/**
 * NGO questions grouped by the letter that asked them: one heading per letter (who, when, how long
 * unanswered, the reply said once), then one line per question that expands to its words and sources.
 */
export function QuestionLetters({ dataset, letters, now }: { dataset: Dataset; letters: LetterGroup[]; now: Date }) {
  return (
    <>
      {letters.map((g) => (
        <div key={g.key} class="pw-letter" data-pw-letter={g.key}>
          <h3 id={letterAnchor(g)} class="pw-letter__title" tabIndex={-1}>
            {g.asker}, letter of {g.askedDate}: {plural(g.questions.length, 'question')}
          </h3>
          <p class={g.open ? 'pw-clock' : 'pw-meta'} data-pw-letter-clock>
            {g.open ? `${g.open === g.questions.length ? 'None' : `${plural(g.open, 'question')} not`} answered for ${durationSince(g.openSince!, now)}` : 'All answered'}
            {g.sharedReply ? replyText(g.sharedReply) : ''}
          </p>
          {g.sharedReply?.note ? <p class="pw-muted pw-letter__note">{g.sharedReply.note}</p> : null}
          <ul class="pw-question-lines">
            {g.questions.map((q) => (
              <li key={q.id}>
                <QuestionLine dataset={dataset} question={q} ownReply={g.sharedReply === null} />
              </li>
            ))}
          </ul>
          <SourceLink dataset={dataset} item={{ kind: 'question', record: g.questions[0]! }} />
        </div>
      ))}
    </>
  );
}

function replyText(a: NgoQuestion['answer']): string {
  if (a.status === 'unanswered') return '; no reply';
  return `; ${ANSWER_LABELS[a.status].toLowerCase()}${a.replyDate ? ` on ${a.replyDate}` : ''}`;
}

function QuestionLine({ dataset, question: q, ownReply }: { dataset: Dataset; question: NgoQuestion; ownReply: boolean }) {
  const label = q.number === null ? 'Unnumbered' : `Q${q.number}`;
  const related = q.relatedCommitmentIds.map((id) => dataset.commitments.find((c) => c.id === id)).filter((c) => c !== undefined);
  return (
    <details class="pw-question" id={q.id} data-pw-record={q.id} data-pw-open={isOpenQuestion(q)}>
      <summary>
        <span class="pw-question__n">{label}</span> <span class="pw-question__text">{q.text}</span>
      </summary>
      <blockquote class="pw-quote">{q.text}</blockquote>
      {ownReply ? (
        <p class="pw-meta">
          {ANSWER_LABELS[q.answer.status]}
          {q.answer.replyDate ? `, ${q.answer.replyDate}` : ''}.{q.answer.note ? ` ${q.answer.note}` : ''}
        </p>
      ) : null}
      {related.length > 0 ? <p class="pw-meta">About: {related.map((c) => c.summary).join('; ')}</p> : null}
      <CiteMenu dataset={dataset} item={{ kind: 'question', record: q }} label={`${questionNumberText(q.number)} of this letter`} />
    </details>
  );
}
