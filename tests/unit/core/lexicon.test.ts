import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { checkUnique, getSpecificTerms, getTopicTerms, getVagueTermById, getVagueTerms, parseVagueTerms, phrasesOf } from '../../../src/core/lexicon/index';
import { VagueCategory } from '../../../src/core/lexicon/schema';
import { getBundledDataset } from '../../../src/data/dataset';

const analyse = (text: string) => analysePage({ url: 'https://example.org/page', text });
const vagueIds = (text: string) => analyse(text).vagueTerms.map((v) => v.termId);

describe('vague-term lexicon', () => {
  const terms = getVagueTerms();

  it('has at least 80 entries covering every category', () => {
    expect(terms.length).toBeGreaterThanOrEqual(80);
    for (const category of VagueCategory.options) expect(terms.some((t) => t.category === category), category).toBe(true);
  });

  it.each(terms.map((t) => [t.id, t] as const))('finds %s in its example sentence', (_id, term) => {
    const found = analyse(term.example).vagueTerms.filter((v) => v.termId === term.id);
    expect(found.length, `"${term.example}"`).toBeGreaterThan(0);
    const v = found[0]!;
    expect(term.example.slice(v.offset, v.offset + v.length)).toBe(v.text);
  });

  it.each(terms.flatMap((t) => phrasesOf(t).map((p) => [t.id, p] as const)))('%s: phrase "%s" is found in a sentence', (id, phrase) => {
    // A guarded entry counts only beside a word of its class (term-context.ts, 'class-guard'): give it one.
    // A longer phrase of another entry may hold the pair ("potential risks"), so any word of the class will do.
    const term = terms.find((t) => t.id === id)!;
    const texts = (term.precededBy ?? ['']).flatMap((b) => (term.followedBy ?? ['']).map((a) => `Our response: ${b} ${phrase} ${a} for these products.`));
    const text = texts.find((t) => vagueIds(t).includes(id)) ?? texts[0]!;
    // Exact-case entries ("may") keep their case; every other phrase is also found in capitals.
    expect(vagueIds(text)).toContain(id);
    if (!term.caseSensitive) expect(vagueIds(text.toUpperCase())).toContain(id);
  });

  it('links every question id to a real NGO question, and every dataset vague-term id to an entry', () => {
    const dataset = getBundledDataset();
    const questionIds = new Set(dataset.questions.map((q) => q.id));
    for (const term of terms) for (const q of term.questionIds) expect(questionIds.has(q), `${term.id} → ${q}`).toBe(true);
    const ids = new Set(terms.map((t) => t.id));
    for (const record of [...dataset.commitments, ...dataset.questions])
      for (const id of record.vagueTermIds) expect(ids.has(id), `${record.id} → ${id}`).toBe(true);
    expect(terms.find((t) => t.id === 'general-purpose')?.questionIds).toEqual(expect.arrayContaining(['edri-2020-ibm-q8', 'edri-2020-ibm-q9']));
  });

  it('prefers whole phrases over the single words inside them', () => {
    expect(vagueIds('We will take appropriate steps to challenge the request.')).toEqual(['appropriate-steps']);
    expect(vagueIds('We apply appropriate safeguards.')).toEqual(['appropriate-safeguards']);
    expect(vagueIds('Now is the time for a national dialogue.')).toEqual(['national-dialogue']);
    expect(vagueIds('We continue to monitor developments.')).toEqual(['monitor']);
  });

  it('reports a vague word that starts a topic phrase ("ethical" in "ethical AI") in both lexicons', () => {
    const a = analyse('Ethical AI and trustworthy AI are our goals; ethical AI is explainable AI.');
    expect(a.vagueTerms.map((v) => v.termId)).toEqual(['ethical', 'trustworthy', 'ethical']);
    expect(a.topics.map((t) => t.id)).toEqual(['ai-ethics']);
    expect(a.topics[0]!.evidence.map((e) => e.term)).toEqual(['Ethical AI', 'trustworthy AI', 'ethical AI', 'explainable AI']);
  });

  it('does not flag negated strong commitments', () => {
    const a = analyse('We will not sell facial-recognition technology to police departments.');
    expect(a.vagueTerms).toEqual([]);
    expect(a.specificTerms.map((s) => s.termId)).toContain('will-not');
    expect(vagueIds('We will not continue to sell the product.')).toEqual([]);
    expect(vagueIds('We do not seek to profit from surveillance.')).toEqual([]);
    expect(vagueIds('The API may not be used for identification.')).toEqual([]);
  });

  it('reads a contracted negation as one ("don\'t", "won\'t", "doesn’t")', () => {
    expect(vagueIds("We don't seek to profit from surveillance.")).toEqual([]);
    expect(vagueIds('We won’t continue to sell the product.')).toEqual([]);
    expect(vagueIds("Fabrikam doesn't aim to sell to police.")).toEqual([]);
    expect(vagueIds("Fabrikam won't sell this technology to any government.")).not.toContain('this-product-line');
    // Not every word ending in "nt" is a negation.
    expect(vagueIds('We want to continue to sell the product.')).toContain('will-continue-to');
  });

  it('does not read "May" the month as a hedge', () => {
    expect(vagueIds('Published May 30, 2018. In May the board met.')).toEqual([]);
    expect(vagueIds('On 30 may 2018 the board met.')).toEqual([]);
    expect(vagueIds('We may share data with partners.')).toEqual(['may']);
  });

  it('looks entries up by id, user terms first', () => {
    expect(getVagueTermById('general-purpose')?.questionIds).toContain('edri-2020-ibm-q8');
    const mine = { ...getVagueTermById('robust')!, explanation: 'my own words' };
    expect(getVagueTermById('robust', [mine])?.explanation).toBe('my own words');
    expect(getVagueTermById('no-such-term')).toBeUndefined();
  });

  it('has unique ids and phrases, and rejects a malformed custom term with its path', () => {
    expect(() => checkUnique('t', [...terms])).not.toThrow();
    expect(() => checkUnique('t', [{ id: 'a', phrase: 'x y', variants: [] }, { id: 'b', phrase: 'x-y', variants: [] }])).toThrow(/already a phrase of "a"/);
    expect(() => parseVagueTerms([{ id: 'Bad Id', phrase: 'x' }])).toThrow(/custom vague terms is invalid at 0\.id/);
  });
});

describe('specific-term counter-lexicon', () => {
  it.each(getSpecificTerms().map((t) => [t.id, t] as const))('finds %s in its example sentence', (_id, term) => {
    expect(analyse(term.example).specificTerms.map((s) => s.termId), term.example).toContain(term.id);
  });

  it('gives a specificity reading: specific against vague language', () => {
    expect(analyse('We will publish an independent audit by 2025.').specificity).toBe(1);
    expect(analyse('We strive to act responsibly where appropriate.').specificity).toBe(0);
    expect(analyse('The weather was fine.').specificity).toBeNull();
    const mixed = analyse('We will publish the results, and where appropriate we will consult experts.');
    expect(mixed.specificity).toBeGreaterThan(0);
    expect(mixed.specificity).toBeLessThan(1);
  });
});

describe('topic lexicon', () => {
  it.each(getTopicTerms().flatMap((t) => phrasesOf(t).map((p) => [t.topic, t.id, p] as const)))('%s: %s phrase "%s" is counted', (topic, _id, phrase) => {
    const text = `${phrase} was discussed. Later, ${phrase} again.`;
    const a = analysePage({ url: 'https://example.org/', text: text + ' ' + text + ' ' + text });
    const hit = a.topics.find((t) => t.id === topic);
    // Low-weight words ("bias", "AI") alone may stay below the threshold: assert the evidence, not relevance.
    if (hit) expect(hit.evidence.some((e) => e.term.toLowerCase().replace(/[\s-]+/g, ' ') === phrase.toLowerCase().replace(/[\s-]+/g, ' '))).toBe(true);
    else expect(3 * 2 * getTopicTerms().find((t) => t.id === _id)!.weight).toBeLessThan(20);
  });
});
