import type { RestatedCommitment } from '../../core/analysis-schema';
import type { Commitment, Dataset } from '../../data/schema';
import { CiteMenu } from '../common/CiteMenu';
import { SourceLink } from '../common/SourceLink';
import { STATUS_LABELS } from '../../core/records/labels';
import { vaguePhrase } from '../common/vague-labels';
import { kindLabel, reportedByText, statusClaimText } from '../../core/records/status-claim';
import { StatusHistory } from './StatusHistory';

/**
 * One commitment (the company's words: what kind of promise, when, and its status as of a dated piece
 * of evidence) or one reported practice (a third party's words about the company, shown as such).
 */
export function CommitmentCard(props: { dataset: Dataset; commitment: Commitment; restated?: RestatedCommitment | null; showCompany?: boolean; headingLevel?: 3 | 4 | 5 }) {
  const { dataset, commitment: c, restated } = props;
  const Heading = (['h3', 'h4', 'h5'] as const)[(props.headingLevel ?? 3) - 3]!;
  const company = dataset.companies.find((x) => x.id === c.companyId)?.name ?? c.companyId;
  return (
    <article class="pw-card" id={c.id} data-pw-record={c.id} aria-labelledby={`${c.id}-h`}>
      <Heading class="pw-card__title" id={`${c.id}-h`}>
        {props.showCompany ? `${company}: ` : ''}
        {c.summary}
      </Heading>
      <p class="pw-meta">
        <span class="pw-chip">{kindLabel(c)}</span> <span>{c.date ?? 'date not stated'}</span>{' '}
        <span class={`pw-chip pw-status pw-status--${c.status}`}>{STATUS_LABELS[c.status]}</span>{' '}
        <span class="pw-muted" data-pw-status-claim>
          {statusClaimText(dataset, c)}
        </span>
        {restated ? (
          <span class="pw-chip pw-chip--accent" data-pw-restated>
            {restated.similarity >= 0.999 ? 'Restated on this page' : 'Paraphrased on this page'}
          </span>
        ) : null}
      </p>
      <blockquote class="pw-quote" cite={(c.kind !== 'reported-practice' && c.pageUrl) || undefined}>
        {c.quote}
      </blockquote>
      {c.kind === 'reported-practice' ? (
        <p class="pw-muted" data-pw-reported-by>
          Not the company’s words: {reportedByText(dataset, c)}.
        </p>
      ) : null}
      {c.vagueTermIds.length > 0 ? (
        <p class="pw-meta">Vague terms in it: {c.vagueTermIds.map(vaguePhrase).map((t) => `“${t}”`).join(', ')}</p>
      ) : null}
      <StatusHistory dataset={dataset} commitment={c} />
      <SourceLink dataset={dataset} item={{ kind: 'commitment', record: c }} />
      <div class="pw-card__actions">
        <CiteMenu dataset={dataset} item={{ kind: 'commitment', record: c }} />
      </div>
    </article>
  );
}
