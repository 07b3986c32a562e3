import type { PageAnalysis } from '../../core/analysis-schema';
import { TOPIC_LABELS } from '../../core/records/labels';

function evidenceList(terms: string[]): string {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].map(([t, n]) => (n > 1 ? `“${t}” ×${n}` : `“${t}”`)).join(', ');
}

/** Which company and which topics the page is about, each with the words that made us think so. */
export function PageSummary({ analysis }: { analysis: PageAnalysis }) {
  return (
    <section class="pw-summary" aria-labelledby="pw-summary-h">
      <h2 id="pw-summary-h" class="pw-visually-hidden">
        What this page is about
      </h2>
      <dl>
        <dt>Company</dt>
        {analysis.companies.length === 0 ? <dd>None detected</dd> : null}
        {analysis.companies.map((c) => (
          <dd key={c.id} data-pw-company={c.id}>
            <strong>{c.name}</strong>
            <span class="pw-why">
              {' '}
              — {c.evidence.some((e) => e.via === 'domain') ? 'on its own site; ' : ''}
              {evidenceList(c.evidence.filter((e) => e.via !== 'domain').map((e) => e.term)) || 'named on the page'}
            </span>
          </dd>
        ))}
        <dt>Topics</dt>
        {analysis.topics.length === 0 ? <dd>None detected</dd> : null}
        {analysis.topics.map((t) => (
          <dd key={t.id} data-pw-topic={t.id}>
            <strong>{TOPIC_LABELS[t.id]}</strong>
            <span class="pw-why"> — {evidenceList(t.evidence.map((e) => e.term).slice(0, 12))}</span>
          </dd>
        ))}
      </dl>
    </section>
  );
}
