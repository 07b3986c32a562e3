// Issue 14: a class of failure seen on real pages, reproduced by pages written for the tests
// (tests/fixtures/pages/classes, fictional companies), and what the analysis must do with it.
import { describe, expect, it } from 'vitest';
import { analyseClass, marksOn } from './fixtures';

const analyse = analyseClass;

describe('vague terms a reader would flag', () => {
  it.each([
    ['time-limited pledge', 'For now'],
    ['time-limited pledge', 'At present'],
    ['emphatic belief', 'We firmly believe'],
    ['effort instead of outcome', 'We look to'],
    ['unnamed subset', 'Some customers'],
    ['unnamed subset', 'In limited circumstances'],
    ['study offered as a decision', 'exploring whether'],
    ['study offered as a decision', 'considering options'],
    ['readiness instead of action', 'open to working with'],
    ['propriety adverb', 'suitably'],
    ['propriety adverb', 'adequately'],
    ['risk named only as potential', 'potential risks'],
    ['propriety adverb', 'appropriately'],
    ['unnamed subset of cases', 'Depending on the circumstances'],
    ['a norm named only as widely accepted', 'widely accepted standards'],
    ['a date left open', 'at some stage'],
    ['effort instead of outcome', 'seek ways to'],
    ['improvement without a baseline', 'further improve'],
    ['a commitment left open to revision', 'adjust our approach'],
    ['an unquantified minimum', 'little opportunity'],
    ['a share of an outcome nobody answers for', 'help reduce'],
    ['a capability instead of a commitment', 'we can improve'],
    ['an absolute claim', 'risk-free'],
    ['a stance instead of an action', 'seriously'],
    ['rules left unnamed', 'applicable regulations'],
    ['effort instead of outcome', 'doing all that we can'],
    ['effort instead of outcome', 'focused our efforts'],
    ['motion instead of an outcome', 'drive actions'],
    ['an attitude as a standard', 'inclusive mindset'],
    ['an aim', 'aiming to'],
    ['purposes left unnamed', 'legitimate purposes'],
    ['a disclaimer', 'for informational purposes only'],
    ['responsibility handed to customers', 'Customers are responsible'],
    ['fairness without a test', 'treat all people fairly'],
    ['an unnamed subset of people', 'key colleagues'],
    ['a norm held by nobody in particular', "society's norms"],
    ['a responsibility only felt', 'great responsibility'],
    ['an approach named by its adjective', 'practical approach'],
    ['self-praise', 'legacy of leadership'],
    ['effort instead of outcome', 'doing our part'],
    ['effort without an end', 'continuous effort'],
    ['a difficulty named in advance', 'not easy to address'],
    ['answers not yet known', "don't have answers"],
    ['a priority instead of a rule', 'prioritizes'],
    ['harm reduced without a measure', 'minimises harms'],
    ['a propriety adjective', 'sufficient'],
    ['a claimed virtue', 'with integrity'],
    ['study instead of a decision', 'further research'],
    ['a text that informs but does not bind', 'informed by'],
    ['improvement without a baseline', 'further strengthen'],
  ])('%s: “%s” is marked', (_kind, phrase) => {
    expect(analyse('hedges-fabrikam.html').relevant).toBe(true);
    expect(marksOn('hedges-fabrikam.html', phrase)).not.toEqual([]);
  });

  it.each([
    ['a verb-looking phrase used as a noun', 'Our work to map salient risks began in 2019 and ended in 2021.'],
    ['a verb-looking phrase used as a noun after a possessive', 'The report describes Fabrikam\'s work to map salient risks between 2019 and 2021.'],
    ['permission in interface text', 'You may unsubscribe from these reports at any time.'],
    ['continuation in interface text', 'Continue to the full report'],
    ['an NGO’s call', 'Rights Watchers called on Fabrikam to publish its assessments where possible.'],
    ['a regulator’s consultation', 'The regulator\'s consultation asks whether operators should keep traffic data as necessary.'],
    ['a journalist’s report', 'Fabrikam may resume sales in the region next year, according to a report in the Daily Ledger.'],
    ['a question', 'Will Fabrikam suspend sales where appropriate?'],
    ['a named body', 'Fabrikam is a member of the Ethical Trading Initiative.'],
    ['a named body', 'The UN Working Group on Business and Human Rights visited our offices in 2022.'],
    ['a frequency adverb in neutral description', 'The old switching centre was inspected regularly during the 1990s.'],
    ['a firm pledge holding a lexicon phrase', 'Fabrikam will not sell this technology to any government.'],
    ['membership of a body', 'Ana Ruiz heads the network division and is a member of the steering committee.'],
    ['an effort described of others', 'Regulators in several countries are seeking to limit face scanning in shops.'],
    ['a degree adverb in neutral description', 'Two engineers were seriously injured at the old switching centre in 2019.'],
    ['a heading in headline case that speaks for the company', 'Our Guiding Principles for Trustworthy AI'],
    ['a heading of eight words', 'Guidance for integration and responsible use of Locate'],
  ])('noise, %s: nothing marked in “%s”', (_kind, sentence) => {
    expect(analyse('noise-fabrikam.html').relevant).toBe(true);
    expect(marksOn('noise-fabrikam.html', sentence)).toEqual([]);
  });
});
