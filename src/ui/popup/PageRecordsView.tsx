import type { PageAnalysis } from '../../core/analysis-schema';
import type { Dataset } from '../../data/schema';
import type { PageRecords } from '../../core/records/page-records';
import { isOpenQuestion } from '../../core/records/records';
import { plural } from '../../core/records/labels';
import { AssessmentCard } from '../records/AssessmentCard';
import { CommitmentCard } from '../records/CommitmentCard';
import { groupByLetter } from '../../core/records/letters';
import { orderCommitments } from './popup-model';
import { QuestionLetters } from './QuestionLetters';
import { RecordSection } from './RecordSection';

type Props = { dataset: Dataset; analysis: PageAnalysis; records: PageRecords; now: Date };

/** The commitments this page restates, in full: what the reader is looking at. */
export function RestatedCommitments({ dataset, analysis, records }: Props) {
  const restated = orderCommitments(records.commitments, analysis.restatedCommitments).filter((c) => c.restated);
  const others = records.commitments.length - restated.length;
  return (
    <RecordSection
      id="pw-commitments"
      title="Commitments restated on this page"
      count={restated.length}
      empty={records.commitments.length ? `None of the company’s ${plural(others, 'recorded commitment')} is restated here; they are listed below.` : 'The dataset records no commitment by this company on these topics.'}
    >
      {restated.map(({ commitment, restated: r }) => (
        <CommitmentCard key={commitment.id} dataset={dataset} commitment={commitment} restated={r} />
      ))}
    </RecordSection>
  );
}

/** NGO questions to the company, one block per letter, open letters first. */
export function QuestionsByLetter({ dataset, records, now }: Props) {
  const open = records.questions.filter(isOpenQuestion).length;
  const answered = records.questions.length - open;
  return (
    <RecordSection id="pw-questions" title="Open NGO questions" count={open} empty={answered ? 'Every recorded NGO question to this company was answered.' : 'No NGO question to this company is recorded.'}>
      <QuestionLetters dataset={dataset} letters={groupByLetter(dataset, records.questions)} now={now} />
    </RecordSection>
  );
}

/** The company's other commitments and its assessments, folded: context, not the verdict. */
export function OtherRecords({ dataset, analysis, records }: Props) {
  const others = orderCommitments(records.commitments, analysis.restatedCommitments).filter((c) => !c.restated);
  return (
    <>
      {others.length > 0 ? (
        <details class="pw-section pw-folded" data-pw-section="pw-other-commitments">
          <summary>
            <h2 class="pw-folded__title">Other commitments of this company ({others.length})</h2>
          </summary>
          {others.map(({ commitment }) => (
            <CommitmentCard key={commitment.id} dataset={dataset} commitment={commitment} />
          ))}
        </details>
      ) : null}
      <RecordSection id="pw-assessments" title="Published assessments" count={records.assessments.length} empty="No human-rights assessment by or for this company is recorded.">
        {records.assessments.map((a) => (
          <AssessmentCard key={a.id} dataset={dataset} assessment={a} />
        ))}
      </RecordSection>
    </>
  );
}
