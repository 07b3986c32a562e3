import type { Dataset } from '../../data/schema';
import { plural } from '../../core/records/labels';
import { ShowMore } from '../common/ShowMore';
import { AssessmentCard } from '../records/AssessmentCard';
import { CommitmentCard } from '../records/CommitmentCard';
import { QuestionCard } from '../records/QuestionCard';
import type { CompanyRecords } from './browser-model';

/** One company and all its records that pass the filter, grouped by kind. */
/** Records of one kind shown before "Show more": IBM alone has dozens of commitments. */
const FIRST = 8;

export function CompanyBlock({ dataset, entry, now, expanded = false }: { dataset: Dataset; entry: CompanyRecords; now: Date; expanded?: boolean }) {
  const first = expanded ? Number.MAX_SAFE_INTEGER : FIRST;
  const { company } = entry;
  const own = entry.commitments.filter((c) => c.kind !== 'reported-practice');
  const reported = entry.commitments.filter((c) => c.kind === 'reported-practice');
  return (
    <section class="pw-company" id={`company-${company.id}`} aria-labelledby={`company-${company.id}-h`} data-pw-company={company.id}>
      <h3 id={`company-${company.id}-h`}>
        {company.name}{' '}
        <span class="pw-count">
          ({plural(own.length, 'commitment')}, {reported.length > 0 ? `${plural(reported.length, 'reported practice')}, ` : ''}
          {plural(entry.questions.length, 'question')}, {plural(entry.assessments.length, 'assessment')})
        </span>
      </h3>
      {own.length > 0 ? <h4>Commitments, in its own words</h4> : null}
      <ShowMore what="commitments" initial={first} items={own.map((c) => <CommitmentCard key={c.id} dataset={dataset} commitment={c} headingLevel={5} />)} />
      {reported.length > 0 ? <h4>Practices reported by others</h4> : null}
      <ShowMore what="reported practices" initial={first} items={reported.map((c) => <CommitmentCard key={c.id} dataset={dataset} commitment={c} headingLevel={5} />)} />
      {entry.questions.length > 0 ? <h4>NGO questions</h4> : null}
      <ShowMore what="questions" initial={first} items={entry.questions.map((q) => <QuestionCard key={q.id} dataset={dataset} question={q} now={now} headingLevel={5} />)} />
      {entry.assessments.length > 0 ? <h4>Assessments</h4> : null}
      <ShowMore what="assessments" initial={first} items={entry.assessments.map((a) => <AssessmentCard key={a.id} dataset={dataset} assessment={a} headingLevel={5} />)} />
    </section>
  );
}
