/** The readable `pledgewatch scan` report: what a researcher reads in a terminal. */
import { CATEGORY_WORDS } from '../core/vocabulary';
import type { ScanOutcome } from './scan-result';
import { ANSWER_LABELS, KIND_LABELS, PUBLICATION_LABELS, TOPIC_LABELS, plural } from '../core/records/labels';
import { reportedByText, statusClaimText } from '../core/records/status-claim';
import { vagueTermTotal } from '../core/match-limits';

const MAX_LISTED = 6;

/** Why a page's text was not read in full, for the reader (quote-check.ts `readingOf`). */
const READING = { full: 'read in full', wall: 'a cookie, consent or subscription wall hides the text', truncated: 'the text stops mid-sentence', loading: 'the page had not finished loading' } as const;

function countBy<T>(items: T[], key: (item: T) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function more(total: number): string {
  return total > MAX_LISTED ? `    … and ${total - MAX_LISTED} more` : '';
}

export function formatReport({ record, analysis, lookup, dataset }: ScanOutcome): string {
  const lines: string[] = [];
  lines.push(`■ ${record.input}`);
  lines.push(`  Page: ${record.url}${record.title ? `  “${record.title}”` : ''}`);
  lines.push(`  Kind: ${record.kind}    Relevant: ${record.relevant ? 'yes' : 'no'}    Text: ${record.textLength} characters`);
  if (analysis.topics.length)
    lines.push(
      '  Topics: ' +
        analysis.topics
          .map((t) => `${TOPIC_LABELS[t.id]} ${t.score} (${countBy(t.evidence, (e) => e.term.toLowerCase()).slice(0, 3).map(([term, n]) => (n > 1 ? `${term} ×${n}` : term)).join(', ')})`)
          .join('; '),
    );
  else lines.push('  Topics: none above the relevance threshold');
  const publisher = analysis.publisher;
  if (publisher && !publisher.tracked)
    lines.push(`  Publisher: ${publisher.name} (${publisher.domain}), not tracked yet: propose it to the dataset with the extension's flag form`);
  if (analysis.companies.length)
    lines.push('  Companies: ' + analysis.companies.map((c) => {
          const n = c.evidence.filter((e) => e.via !== 'domain').length;
          return `${c.name} (${c.evidence.some((e) => e.via === 'domain') ? 'publisher, ' : ''}${plural(n, 'mention')})`;
        }).join(', '));
  const vague = countBy(analysis.vagueTerms, (v) => `“${v.text.toLowerCase()}” (${CATEGORY_WORDS[v.category].one.toLowerCase()})`);
  lines.push(`  Vague terms (${vagueTermTotal(analysis)}${analysis.beyondLimits?.vagueTerms ? `; the first ${analysis.vagueTerms.length} counted below` : ''}):` + (vague.length ? '' : ' none'));
  for (const [term, n] of vague.slice(0, MAX_LISTED)) lines.push(`    ${term}${n > 1 ? ` ×${n}` : ''}`);
  if (more(vague.length)) lines.push(more(vague.length));
  const specific = countBy(analysis.specificTerms, (s) => `“${s.text.toLowerCase()}”`);
  lines.push(`  Specific terms (${analysis.specificTerms.length}): ${specific.slice(0, MAX_LISTED).map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ') || 'none'}`);
  lines.push(
    `  Specificity: ${record.specificity === null ? 'n/a (no vague or specific language)' : `${Math.round(record.specificity * 100)}% specific (${analysis.specificTerms.length} specific, ${analysis.vagueTerms.length} vague)`}`,
  );
  if (record.restatedCommitments.length)
    lines.push('  Restates: ' + record.restatedCommitments.slice(0, MAX_LISTED).map((r) => `${r.id} (${r.similarity === 1 ? 'exact' : `similarity ${r.similarity}`})`).join(', ') + (record.restatedCommitments.length > MAX_LISTED ? ` … +${record.restatedCommitments.length - MAX_LISTED}` : ''));
  if (record.missingQuotes.length) lines.push('  ! Quote no longer on this page: ' + record.missingQuotes.join(', '));
  if (record.uncheckedQuotes.length)
    lines.push(`  ? Could not check whether these quotes are still on this page (${READING[analysis.pageReading ?? 'truncated']}): ` + record.uncheckedQuotes.join(', '));
  lines.push(`  Commitments (${lookup.commitments.length}):`);
  for (const c of lookup.commitments.slice(0, MAX_LISTED)) {
    const reported = reportedByText(dataset, c);
    lines.push(`    ${c.date ?? 'date unknown'}  ${KIND_LABELS[c.kind]} [${statusClaimText(dataset, c)}]  ${c.summary}${reported ? ` (not the company's words: ${reported})` : ''}`);
  }
  if (more(lookup.commitments.length)) lines.push(more(lookup.commitments.length));
  lines.push(`  Open NGO questions (${lookup.questions.length}):`);
  for (const q of lookup.questions.slice(0, MAX_LISTED)) lines.push(`    ${q.askedDate} ${q.number === null ? 'Q' : `Q${q.number}`} [${ANSWER_LABELS[q.answer.status].toLowerCase()}]  ${q.text.length > 110 ? q.text.slice(0, 107) + '…' : q.text}`);
  if (more(lookup.questions.length)) lines.push(more(lookup.questions.length));
  lines.push(`  Assessments (${lookup.assessments.length}):`);
  for (const a of lookup.assessments.slice(0, MAX_LISTED)) lines.push(`    ${a.date ?? 'date unknown'}  ${a.title} (${PUBLICATION_LABELS[a.publication].toLowerCase()})`);
  if (more(lookup.assessments.length)) lines.push(more(lookup.assessments.length));
  return lines.join('\n');
}
