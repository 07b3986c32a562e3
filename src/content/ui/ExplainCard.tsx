/**
 * The explanation card for the highlight(s) under the pointer or chosen from the keyboard: what the
 * term is, why it is vague, and the NGO questions that ask about it; for a restated commitment its
 * status, date and source. Lives in the shadow root, so page styles never reach it.
 */
import type { CardSection, QuestionView, SourceView } from '../card-model';
import { CATEGORY_STYLES } from '../categories';
import type { PaintCategory } from '../paint-item';

export function Swatch(props: { category: PaintCategory }) {
  const style = CATEGORY_STYLES[props.category];
  return <span class={`swatch swatch--${props.category}`} aria-hidden="true" style={{ '--pw-c': style.colour, '--pw-u': style.underline }} />;
}

function Question(props: { q: QuestionView }) {
  const { q } = props;
  return (
    <li class="question" data-pw-question={q.id}>
      <p class="meta">
        <strong>{q.organisation}</strong>, {q.number === null ? 'a question' : `question ${q.number}`} to {q.addressee}, asked {q.askedDate}
      </p>
      <blockquote>{q.text}</blockquote>
      <p class="meta">
        {q.daysUnanswered !== null ? (
          <span class="clock" data-pw-days={q.daysUnanswered}>
            Unanswered for {q.daysUnanswered} days
          </span>
        ) : (
          <span>{q.answer}</span>
        )}
        {q.daysUnanswered !== null && q.answer !== 'Unanswered' ? ` (${q.answer.toLowerCase()})` : ''}
        {q.sourceUrl ? (
          <>
            {' · '}
            <a href={q.sourceUrl} target="_blank" rel="noopener noreferrer">
              source
            </a>
          </>
        ) : null}
      </p>
    </li>
  );
}

export function SourceLine(props: { source: SourceView | null }) {
  const s = props.source;
  if (!s) return <span>source not recorded</span>;
  const words = [s.title, s.publisher, s.date ?? 'date not stated'].join(', ');
  return s.url ? (
    <a href={s.url} target="_blank" rel="noopener noreferrer">
      {words}
    </a>
  ) : (
    <span>{words}</span>
  );
}

function Section(props: { section: CardSection }) {
  const s = props.section;
  if (s.kind === 'commitment') {
    return (
      <section class="section section--commitment" data-pw-commitment={s.commitmentId}>
        <h2>
          <Swatch category="commitment" /> Restates a tracked commitment of {s.company}
        </h2>
        <p>{s.summary}</p>
        <p class="meta">
          Status: <strong class={`status status--${s.statusCode}`}>{s.status}</strong>
          {` (${s.statusClaim})`}
          {s.date ? ` · made ${s.date}` : ' · date not stated'}
        </p>
        <p class="meta">
          Source: <SourceLine source={s.source} />
        </p>
      </section>
    );
  }
  return (
    <section class="section section--vague" data-pw-term={s.termId}>
      <h2>
        “{s.text}”{' '}
        <span class="category">
          <Swatch category={s.category} /> {s.categoryLabel}
        </span>
      </h2>
      <p>{s.explanation}</p>
      {s.alternative ? <p class="meta">Ask for: {s.alternative}</p> : null}
      {s.questions.length > 0 ? (
        <>
          <h3>NGO questions asking about it</h3>
          <ul class="questions">
            {s.questions.map((q) => (
              <Question key={q.id} q={q} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

export function ExplainCard(props: {
  sections: CardSection[];
  position: { top: number; left: number };
  keyboard: boolean;
  onClose: () => void;
  cardRef: (el: HTMLElement | null) => void;
}) {
  const first = props.sections[0];
  const title = first?.kind === 'vague' ? `Pledgewatch: about “${first.text}”` : 'Pledgewatch: tracked commitment';
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-label={title}
      tabIndex={-1}
      ref={props.cardRef}
      data-pw-card={props.keyboard ? 'keyboard' : 'hover'}
      style={{ top: `${props.position.top}px`, left: `${props.position.left}px` }}
    >
      <button type="button" class="close" aria-label="Close (Escape)" onClick={props.onClose}>
        ×
      </button>
      {props.sections.map((s) => (
        <Section key={s.itemId} section={s} />
      ))}
      <p class="brand">Pledgewatch · Alt+Shift+N / Alt+Shift+P: next / previous highlight · Esc: close</p>
    </div>
  );
}
