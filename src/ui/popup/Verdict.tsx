import { useEffect, useRef } from 'preact/hooks';
import type { PageAnalysis } from '../../core/analysis-schema';
import type { Dataset } from '../../data/schema';
import type { PageRecords } from '../../core/records/page-records';
import { TOPIC_LABELS } from '../../core/records/labels';
import type { FlaggedPage } from '../../flags/ui/read-page';
import { PageSummary } from './PageSummary';
import { companyVerdict, verdictFacts } from './popup-model';
import { WrongButton } from './WrongButton';

/**
 * The verdict first: the company (tracked or not), then the strongest facts in plain words, each a
 * link to its section; why Pledgewatch thinks so is folded, with "Wrong?" for company and relevance.
 */
export function Verdict(props: { dataset: Dataset; analysis: PageAnalysis; records: PageRecords; page: FlaggedPage | null; now: Date; takeFocus: boolean }) {
  const { dataset, analysis, records, now } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // The popup opens on the verdict (a screen reader reads it first; Tab goes straight to its facts).
  useEffect(() => {
    if (props.takeFocus) heading.current?.focus({ preventScroll: true });
  }, []);
  const trackedIds = new Set(dataset.companies.map((c) => c.id));
  const company = companyVerdict(analysis, trackedIds);
  const facts = verdictFacts({ dataset, analysis, records, tracked: company.tracked, now });
  const topics = analysis.topics.map((t) => TOPIC_LABELS[t.id]).join(', ');
  return (
    <section class="pw-verdict" aria-labelledby="pw-verdict-h" data-pw-verdict>
      <h2 id="pw-verdict-h" ref={heading} tabIndex={-1} class="pw-verdict__company" data-pw-verdict-company={company.tracked ? 'tracked' : 'untracked'}>
        {company.name ?? 'No company named'}
        <span class="pw-verdict__tracked">{company.tracked ? ' · tracked' : company.name ? ' · not tracked yet' : ''}</span>
      </h2>
      {topics ? <p class="pw-meta pw-verdict__topics">Topics: {topics}</p> : null}
      <ul class="pw-verdict__facts">
        {facts.map((f) => (
          <li key={f.key} class={f.alarming ? 'pw-fact pw-fact--alarming' : 'pw-fact'}>
            <a href={f.href} data-pw-fact={f.key} onClick={(e) => goTo(e, f.href)}>
              {f.text}
            </a>
          </li>
        ))}
      </ul>
      <details class="pw-why-details" data-pw-why>
        <summary>Why {company.name ?? 'this company'} and {topics ? 'these topics' : 'this page'}?</summary>
        <PageSummary analysis={analysis} />
        <p class="pw-meta">
          {company.name ? (
            <>
              Not about {company.name}? <WrongButton page={props.page} analysis={analysis} category="wrong-company" passage={companyPassage(analysis)} what={`${company.name} as this page’s company`} />{' '}
            </>
          ) : null}
          Not about these topics? <WrongButton page={props.page} analysis={analysis} category="not-relevant" what="this page found relevant" />
        </p>
      </details>
    </section>
  );
}

/**
 * Moves to a fact's section and puts focus on its heading, so the next Tab continues from there: a
 * plain fragment link scrolls the popup's body but leaves focus behind in some browsers.
 */
function goTo(e: MouseEvent, href: string): void {
  const target = document.getElementById(href.slice(1));
  if (!target) return;
  e.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** The words that named the company on the page (empty when only its domain did): the passage a correction is about. */
function companyPassage(analysis: PageAnalysis): string {
  return analysis.companies[0]?.evidence.find((e) => e.via !== 'domain')?.term ?? '';
}
