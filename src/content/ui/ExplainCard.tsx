/**
 * The explanation card for the highlight(s) under the pointer or chosen from the keyboard. It leads with
 * one line (the category, who asked about it and how long they have waited), then why the term is vague
 * and what to ask for; the NGO questions are folded. For a restated commitment: status, date and source.
 * Lives in the shadow root, so page styles never reach it. A pinned card stays until closed; Tab stays
 * inside it.
 */
import type { CorrectionCategory } from '../../data/schema';
import type { CorrectionState } from '../card-controller';
import type { CardSection, QuestionView, SourceView } from '../card-model';
import { sourceDateText } from '../../core/records/records';
import { Legend, Swatch } from './Legend';

export { Swatch } from './Legend';

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
  const words = [s.title, s.publisher, sourceDateText(s)].join(', ');
  return s.url ? (
    <a href={s.url} target="_blank" rel="noopener noreferrer">
      {words}
    </a>
  ) : (
    <span>{words}</span>
  );
}

const WRONG_CHOICES: Record<CardSection['kind'], Array<[CorrectionCategory, string]>> = {
  vague: [
    ['not-vague-here', 'Not vague here'],
    ['wrong-highlight', 'Wrong highlight'],
  ],
  commitment: [['wrong-highlight', 'Not this commitment']],
};

const CORRECTION_WORDS: Record<CorrectionCategory, string> = {
  'not-vague-here': 'not vague here',
  'wrong-highlight': 'a wrong highlight',
  'wrong-company': 'the wrong company',
  'not-relevant': 'not relevant',
};

/** "Wrong?": one click saves a correction flag with the passage and the term; Options → Flags lists it. */
function Wrong(props: { section: CardSection; state: CorrectionState | undefined; onWrong: (itemId: number, category: CorrectionCategory) => void }) {
  const { section, state } = props;
  if (state) {
    const words = CORRECTION_WORDS[state.category];
    return (
      <p class="meta wrong-done" role="status" data-pw-correction={state.state}>
        {state.state === 'saving'
          ? 'Saving your flag…'
          : state.state === 'saved'
            ? `Flagged as ${words}. Thank you: it is in Options → Flags.`
            : 'Could not save the flag. Try again from the popup.'}
      </p>
    );
  }
  return (
    <details class="fold wrong">
      <summary>Wrong?</summary>
      <p class="wrong-choices">
        {WRONG_CHOICES[section.kind].map(([category, label]) => (
          <button key={category} type="button" data-pw-wrong={category} onClick={(e) => (e.stopPropagation(), props.onWrong(section.itemId, category))}>
            {label}
          </button>
        ))}
      </p>
    </details>
  );
}

function Section(props: { section: CardSection; correction: CorrectionState | undefined; onWrong: (itemId: number, category: CorrectionCategory) => void }) {
  const s = props.section;
  const wrong = <Wrong section={s} state={props.correction} onWrong={props.onWrong} />;
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
        {wrong}
      </section>
    );
  }
  return (
    <section class="section section--vague" data-pw-term={s.termId}>
      <h2>“{s.text}”</h2>
      <p class="lead" data-pw-lead="">
        <Swatch category={s.category} /> {s.lead}
      </p>
      <p>{s.explanation}</p>
      {s.alternative ? <p class="meta">Ask for: {s.alternative}</p> : null}
      {s.questions.length > 0 ? (
        <details class="fold">
          <summary>
            {s.questions.length === 1 ? 'The NGO question asking about it' : `The ${s.questions.length} NGO questions asking about it`}
          </summary>
          <ul class="questions">
            {s.questions.map((q) => (
              <Question key={q.id} q={q} />
            ))}
          </ul>
        </details>
      ) : null}
      {wrong}
    </section>
  );
}

const FOCUSABLE = 'button, a[href], summary, [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab cycle inside the card instead of leaving for the top of the page. */
function keepTabInside(e: KeyboardEvent): void {
  if (e.key !== 'Tab') return;
  const card = e.currentTarget as HTMLElement;
  const stops = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === card);
  if (stops.length === 0) return;
  const active = (card.getRootNode() as ShadowRoot).activeElement;
  const at = stops.indexOf(active as HTMLElement);
  const next = e.shiftKey ? (at <= 0 ? stops.length - 1 : at - 1) : at === -1 || at === stops.length - 1 ? 0 : at + 1;
  e.preventDefault();
  stops[next]!.focus();
}

export function ExplainCard(props: {
  sections: CardSection[];
  position: { top: number; left: number };
  keyboard: boolean;
  pinned: boolean;
  corrections: Record<number, CorrectionState>;
  onWrong: (itemId: number, category: CorrectionCategory) => void;
  onClose: () => void;
  onPin: () => void;
  cardRef: (el: HTMLElement | null) => void;
}) {
  const first = props.sections[0];
  const title = first?.kind === 'vague' ? `Pledgewatch: about “${first.text}”` : 'Pledgewatch: tracked commitment';
  return (
    <div
      class={props.pinned ? 'card pinned' : 'card'}
      role="dialog"
      aria-modal="false"
      aria-label={title}
      tabIndex={-1}
      ref={props.cardRef}
      data-pw-card={props.keyboard ? 'keyboard' : 'hover'}
      data-pw-pinned={props.pinned ? '' : undefined}
      style={{ top: `${props.position.top}px`, left: `${props.position.left}px` }}
      onClick={props.pinned ? undefined : props.onPin}
      onKeyDown={keepTabInside}
    >
      <button type="button" class="close" aria-label="Close (Escape)" onClick={(e) => (e.stopPropagation(), props.onClose())}>
        ×
      </button>
      {props.sections.map((s) => (
        <Section key={s.itemId} section={s} correction={props.corrections[s.itemId]} onWrong={props.onWrong} />
      ))}
      <details class="fold legend-fold">
        <summary>What the highlights mean</summary>
        <Legend />
      </details>
      <p class="brand">
        Pledgewatch{props.pinned ? ' · pinned' : ' · click to pin'} · Alt+Shift+N / P: next / previous · Esc: close
      </p>
    </div>
  );
}
