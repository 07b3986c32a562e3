import type { Assessment, Dataset } from '../../data/schema';
import { CiteMenu } from '../common/CiteMenu';
import { SourceLink } from '../common/SourceLink';
import { PUBLICATION_LABELS } from '../../core/records/labels';
import { nameOf } from '../../core/records/records';

/** One published (or announced) human-rights assessment: title, assessor, date, scope and how much is public. */
export function AssessmentCard(props: { dataset: Dataset; assessment: Assessment; headingLevel?: 3 | 4 | 5 }) {
  const { dataset, assessment: a } = props;
  const Heading = (['h3', 'h4', 'h5'] as const)[(props.headingLevel ?? 3) - 3]!;
  return (
    <article class="pw-card" id={a.id} data-pw-record={a.id} aria-labelledby={`${a.id}-h`}>
      <Heading class="pw-card__title" id={`${a.id}-h`}>
        {a.title}
      </Heading>
      <p class="pw-meta">
        {a.assessorId ? `By ${nameOf(dataset, a.assessorId)}` : 'Assessor not stated'} for {nameOf(dataset, a.companyId)}, {a.date ?? 'date not stated'}.{' '}
        <span class="pw-chip">{PUBLICATION_LABELS[a.publication]}</span>
        {a.count !== undefined ? <span class="pw-chip">{a.count} in the period</span> : null}
      </p>
      <p>Scope: {a.scope}</p>
      {a.quote ? <blockquote class="pw-quote">{a.quote}</blockquote> : null}
      <SourceLink dataset={dataset} item={{ kind: 'assessment', record: a }} />
      <div class="pw-card__actions">
        <CiteMenu dataset={dataset} item={{ kind: 'assessment', record: a }} />
      </div>
    </article>
  );
}
