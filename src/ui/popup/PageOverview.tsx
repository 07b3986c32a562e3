import type { PageRecords } from '../common/records';
import { isOpenQuestion } from '../common/records';

/** One line of counts that doubles as keyboard shortcuts to each section. */
export function PageOverview({ records, vagueCount }: { records: PageRecords; vagueCount: number }) {
  const links: Array<[string, string, number]> = [
    ['#pw-commitments-h', 'commitments', records.commitments.length],
    ['#pw-questions-h', 'open questions', records.questions.filter(isOpenQuestion).length],
    ['#pw-assessments-h', 'assessments', records.assessments.length],
    ['#pw-vague-h', 'vague terms', vagueCount],
  ];
  return (
    <nav class="pw-overview" aria-label="Sections of this popup">
      {links.map(([href, label, n], i) => (
        <span key={href}>
          {i > 0 ? ' · ' : ''}
          <a href={href}>
            <strong>{n}</strong> {label}
          </a>
        </span>
      ))}
    </nav>
  );
}
