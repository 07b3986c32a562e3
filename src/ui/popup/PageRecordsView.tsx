import type { PageAnalysis } from '../../core/analysis-schema';
import type { Dataset } from '../../data/schema';
import { isOpenQuestion, type PageRecords } from '../common/records';
import { AssessmentCard } from '../records/AssessmentCard';
import { CommitmentCard } from '../records/CommitmentCard';
import { QuestionCard } from '../records/QuestionCard';
import { orderCommitments, orderQuestions } from './popup-model';
import { RecordSection } from './RecordSection';
import { ShowMore } from '../common/ShowMore';

/** Commitments, open NGO questions and assessments for the page's company, in that order. */
export function PageRecordsView(props: { dataset: Dataset; analysis: PageAnalysis; records: PageRecords; now: Date }) {
  const { dataset, analysis, records, now } = props;
  const commitments = orderCommitments(records.commitments, analysis.restatedCommitments);
  const questions = orderQuestions(records.questions, now);
  const open = questions.filter(isOpenQuestion);
  const answered = questions.filter((q) => !isOpenQuestion(q));
  return (
    <>
      <RecordSection id="pw-commitments" title="Commitments" count={commitments.length} empty="The dataset records no commitment by this company on these topics.">
        <ShowMore
          what="commitments"
          initial={Math.max(4, commitments.filter((c) => c.restated).length)}
          items={commitments.map(({ commitment, restated }) => (
            <CommitmentCard key={commitment.id} dataset={dataset} commitment={commitment} restated={restated} />
          ))}
        />
      </RecordSection>
      <RecordSection id="pw-questions" title="Open NGO questions" count={open.length} empty={answered.length ? 'Every recorded NGO question to this company was answered.' : 'No NGO question to this company is recorded.'}>
        <ShowMore what="questions" initial={4} items={open.map((q) => <QuestionCard key={q.id} dataset={dataset} question={q} now={now} />)} />
      </RecordSection>
      {answered.length > 0 ? (
        <details class="pw-section pw-answered">
          <summary>Answered questions ({answered.length})</summary>
          {answered.map((q) => (
            <QuestionCard key={q.id} dataset={dataset} question={q} now={now} />
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
