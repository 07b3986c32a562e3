// @vitest-environment happy-dom
// The popup's parts rendered for real (Preact into happy-dom): the words a reader sees for each
// record, the designed empty states, and the dataset search reacting to typing.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { mount } from '../../support/mount-preact';
import type { VagueMatch } from '../../../src/core/analysis-schema';
import { DatasetSearch } from '../../../src/ui/popup/DatasetSearch';
import { OtherRecords, QuestionsByLetter, RestatedCommitments } from '../../../src/ui/popup/PageRecordsView';
import { Verdict } from '../../../src/ui/popup/Verdict';
import { PageSummary } from '../../../src/ui/popup/PageSummary';
import { VagueTermsSection } from '../../../src/ui/popup/VagueTermsSection';
import { EMPTY_RECORDS } from '../../../src/core/records/page-records';
import { analysisOf, mini } from '../../fixtures/popup/mini-dataset';


const now = new Date('2020-07-20T12:00:00Z');

describe('popup parts', () => {
  it('shows the company and topics with the words that gave them away', () => {
    const el = mount(<PageSummary analysis={analysisOf({ companies: [{ id: 'examplecorp', name: 'Examplecorp', score: 2, evidence: [{ term: 'Examplecorp', offset: 1, via: 'name' }, { term: 'Examplecorp', offset: 9, via: 'name' }] }] })} />);
    expect(el.querySelector('[data-pw-company="examplecorp"]')?.textContent).toContain('“Examplecorp” ×2');
    expect(el.querySelector('[data-pw-topic="facial-recognition"]')?.textContent).toContain('“facial recognition”');
  });

  const examplecorpRecords = {
    commitments: mini.commitments.filter((c) => c.companyId === 'examplecorp'),
    questions: mini.questions.filter((q) => q.addresseeId === 'examplecorp'),
    assessments: mini.assessments,
  };

  it('leads with the verdict: the company, then the strongest facts, each a link to its section', () => {
    const analysis = analysisOf({
      restatedCommitments: [{ commitmentId: 'examplecorp-2018-principles', offset: 0, length: 5, similarity: 1 }],
      vagueTerms: [{ termId: 'soon', text: 'soon', category: 'vague-timing', offset: 1, length: 4 }],
    });
    const el = mount(<Verdict dataset={mini} analysis={analysis} records={examplecorpRecords} page={null} now={now} takeFocus={false} />);
    expect(el.querySelector('#pw-verdict-h')?.textContent).toBe('Examplecorp · tracked');
    const facts = [...el.querySelectorAll('[data-pw-fact]')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(facts).toEqual([
      ['1 question from Watchgroup without an answer for 25 days', '#pw-letter-watchgroup-src-questions'],
      ['1 commitment restated on this page', '#pw-commitments-h'],
      ['1 vague term', '#pw-vague-h'],
    ]);
    // Why: folded, with the evidence.
    expect(el.querySelector('[data-pw-why]')?.hasAttribute('open')).toBe(false);
    expect(el.querySelector('[data-pw-why] [data-pw-company="examplecorp"]')).not.toBeNull();
  });

  it('says when the company is not tracked yet', () => {
    const analysis = analysisOf({ companies: [{ id: 'newco', name: 'Newco', score: 1, evidence: [] }] });
    const el = mount(<Verdict dataset={mini} analysis={analysis} records={EMPTY_RECORDS} page={null} now={now} takeFocus={false} />);
    expect(el.querySelector('#pw-verdict-h')?.textContent).toBe('Newco · not tracked yet');
    expect([...el.querySelectorAll('[data-pw-fact]')].map((a) => a.getAttribute('data-pw-fact'))).toEqual(['vague']);
  });

  it('shows the restated commitments in full and folds the others', () => {
    const analysis = analysisOf({ restatedCommitments: [{ commitmentId: 'examplecorp-2018-principles', offset: 0, length: 5, similarity: 1 }] });
    const el = mount(
      <>
        <RestatedCommitments dataset={mini} analysis={analysis} records={examplecorpRecords} now={now} />
        <OtherRecords dataset={mini} analysis={analysis} records={examplecorpRecords} now={now} />
      </>,
    );
    expect([...el.querySelectorAll('[data-pw-section="pw-commitments"] [data-pw-record]')].map((e) => e.id)).toEqual(['examplecorp-2018-principles']);
    expect(el.querySelector('#examplecorp-2018-principles [data-pw-restated]')?.textContent).toBe('Restated on this page');
    const folded = el.querySelector('details[data-pw-section="pw-other-commitments"]')!;
    expect(folded.querySelector('summary')?.textContent).toBe('Other commitments of this company (1)');
    expect([...folded.querySelectorAll('[data-pw-record]')].map((e) => e.id)).toEqual(['examplecorp-2020-sunset']);
    expect(el.querySelector('#examplecorp-2019-hria')?.textContent).toContain('By Auditors LLP');
  });

  it('groups questions by letter, one line each in number order, the shared reply said once', () => {
    const letter = (n: number, number: number | null) => ({ ...mini.questions[0]!, id: `watchgroup-2020-q${n}`, number });
    const questions = [letter(10, 10), letter(2, 2), letter(1, 1), letter(99, null)];
    const el = mount(<QuestionsByLetter dataset={mini} analysis={analysisOf()} records={{ ...EMPTY_RECORDS, questions }} now={now} />);
    expect(el.querySelector('#pw-questions-h')?.textContent).toContain('(4)');
    expect([...el.querySelectorAll('[data-pw-record]')].map((e) => e.id)).toEqual(['watchgroup-2020-q1', 'watchgroup-2020-q2', 'watchgroup-2020-q10', 'watchgroup-2020-q99']);
    expect([...el.querySelectorAll('.pw-question__n')].map((e) => e.textContent)).toEqual(['Q1', 'Q2', 'Q10', 'Unnumbered']);
    expect(el.querySelectorAll('[data-pw-letter]')).toHaveLength(1);
    expect(el.querySelector('[data-pw-letter-clock]')?.textContent).toBe('None answered for 25 days; generic reply only on 2020-07-08');
    expect(el.querySelectorAll('details.pw-question[open]')).toHaveLength(0);
  });

  it('shows each status as a dated claim with its evidence, and a reported practice as a third party’s words', () => {
    const records = { ...EMPTY_RECORDS, commitments: mini.commitments };
    const el = mount(<OtherRecords dataset={mini} analysis={analysisOf()} records={records} now={now} />);
    const claim = (id: string) => el.querySelector(`#${id} [data-pw-status-claim]`)?.textContent;
    expect(claim('examplecorp-2020-sunset')).toBe('in force as of 2020-06-08 (Examplecorp)');
    expect(claim('examplecorp-2018-principles')).toBe('status not checked since 2018-05-30');
    expect(claim('othercorp-2021-pause')).toBe('status not checked (statement undated)');
    expect(el.querySelector('#othercorp-2021-pause [data-pw-reported-by]')?.textContent).toBe('Not the company’s words: reported by Auditors LLP.');
    expect(el.querySelector('#othercorp-2021-pause .pw-chip')?.textContent).toBe('Reported practice');
    expect(el.querySelector('#examplecorp-2020-sunset [data-pw-reported-by]')).toBeNull();
    // When the source is from: the date its page bears, or for an undated page the day it was read.
    const sourceDate = (id: string) => el.querySelector(`#${id} [data-pw-source-date]`)?.textContent?.trim();
    expect(sourceDate('examplecorp-2020-sunset')).toBe('(2020-06-08)');
    expect(sourceDate('othercorp-2021-pause')).toBe('(undated page; read on 2026-01-10)');
    // The company's own words come before what others report of it.
    expect([...el.querySelectorAll('[data-pw-record]')].map((e) => e.id).slice(0, 3)).toEqual(['examplecorp-2020-sunset', 'examplecorp-2018-principles', 'othercorp-2021-pause']);
  });

  it('says so when a section has nothing, instead of leaving it blank', () => {
    const props = { dataset: mini, analysis: analysisOf(), records: EMPTY_RECORDS, now };
    const el = mount(
      <>
        <RestatedCommitments {...props} />
        <QuestionsByLetter {...props} />
        <OtherRecords {...props} />
      </>,
    );
    expect([...el.querySelectorAll('.pw-empty')].map((e) => e.textContent)).toHaveLength(3);
  });

  it('groups vague terms into buttons by category', () => {
    const m = (termId: string, text: string, category: VagueMatch['category'], offset: number): VagueMatch => ({ termId, text, category, offset, length: text.length });
    const el = mount(<VagueTermsSection tabId={1} matches={[m('soon', 'soon', 'vague-timing', 1), m('soon', 'Soon', 'vague-timing', 9), m('robust', 'robust', 'unverifiable-claim', 20)]} />);
    expect([...el.querySelectorAll('[data-pw-category]')].map((g) => g.getAttribute('data-pw-category'))).toEqual(['vague-timing', 'unverifiable-claim']);
    expect(el.querySelector('[data-pw-term="soon"]')?.textContent).toBe('soon ×2');
    expect(el.querySelector('[data-pw-term="soon"]')?.tagName).toBe('BUTTON');
  });

  it('searches the whole dataset as the reader types', async () => {
    const el = mount(<DatasetSearch dataset={mini} />);
    const input = el.querySelector<HTMLInputElement>('[data-pw-search-input]')!;
    await act(() => {
      input.value = 'pause';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const links = [...el.querySelectorAll('[data-pw-results] a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['dataset.html#othercorp-2021-pause', 'dataset.html#watchgroup-2021-q1']);
    expect(el.querySelector('[role="status"]')?.textContent).toBe('2 records found');
  });
});

describe('missing quotes', () => {
  it('lists the commitments whose words left their own page, and nothing when none did', async () => {
    const { MissingQuotes } = await import('../../../src/ui/popup/MissingQuotes');
    const el = mount(<MissingQuotes dataset={mini} ids={['examplecorp-2020-sunset']} />);
    expect(el.querySelector('[data-pw-missing] li')?.textContent).toBe('“We stopped general purpose camera software.” (2020-06-08)');
    render(null, el);
    act(() => render(<MissingQuotes dataset={mini} ids={[]} />, el));
    expect(el.innerHTML).toBe('');
  });
});

describe('quotes that could not be checked', () => {
  it('says "could not check" when the page was not read in full, and nothing otherwise', async () => {
    const { UncheckedQuotes } = await import('../../../src/ui/popup/MissingQuotes');
    const el = mount(<UncheckedQuotes ids={['examplecorp-2020-sunset']} />);
    expect(el.querySelector('[data-pw-unchecked]')?.textContent).toMatch(/^Could not check whether a tracked commitment is still on this page/);
    render(null, el);
    act(() => render(<UncheckedQuotes ids={[]} />, el));
    expect(el.innerHTML).toBe('');
  });
});

describe('untracked publisher', () => {
  it('names a publisher the dataset does not track, from the page, as not tracked yet', async () => {
    const { UntrackedNotice } = await import('../../../src/ui/popup/UntrackedNotice');
    const analysis = analysisOf({ companies: [], publisher: { name: 'Tailspin Analytics', domain: 'tailspin-analytics.example', tracked: false, companyId: null, leads: true, via: 'organization' } });
    const el = mount(<UntrackedNotice analysis={analysis} />);
    expect(el.textContent).toContain('Tailspin Analytics (tailspin-analytics.example): not tracked yet.');
    expect(el.querySelector('[data-pw-untracked]')?.textContent).toContain('flag it');
  });
});
