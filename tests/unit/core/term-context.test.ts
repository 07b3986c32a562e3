// Each context rule leaves its example unmarked and its counter-example marked (core/term-context.ts).
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { sortHits } from '../../../src/core/page-matcher';
import { getPageMatcher } from './fixtures';
import { CONTEXT_RULES } from '../../../src/core/term-context';
import { sentenceAround } from '../../../src/core/text-spans';

const marks = (text: string) => analysePage({ url: 'https://example.org/page', text }).vagueTerms.map((v) => v.text);

describe('context rules', () => {
  it.each(CONTEXT_RULES.map((r) => [r.id, r] as const))('%s: the example is not marked, the counter-example is', (_id, rule) => {
    expect(marks(rule.example), rule.example).toEqual([]);
    expect(marks(rule.counterExample), rule.counterExample).not.toEqual([]);
  });

  it.each(CONTEXT_RULES.map((r) => [r.id, r] as const))('%s: the lexicon matches the example and this rule is what cuts it', (_id, rule) => {
    const hits = sortHits(getPageMatcher({}).match(rule.example)).vague;
    expect(hits.length, rule.example).toBeGreaterThan(0);
    expect(hits.some((h) => rule.applies(rule.example, { offset: h.offset, length: h.length, text: h.text, term: h.value.term }))).toBe(true);
    const counter = sortHits(getPageMatcher({}).match(rule.counterExample)).vague;
    expect(counter.some((h) => rule.applies(rule.counterExample, { offset: h.offset, length: h.length, text: h.text, term: h.value.term }))).toBe(false);
  });

  // Sentences a rule was widened to, beyond its own example: unmarked, each beside one that stays marked.
  it.each([
    ['ethics-subject', 'Ethical AI frameworks: a critical dimension for designing networks', 'Our networks are built on a legal and ethical framework.'],
    ['ethics-subject', 'Fabrikam has set ethical \u201cred lines\u201d for face scanning.', 'Fabrikam sells face scanning that is ethical.'],
    ['ethics-subject', 'The decision was aligned with the company\u2019s six ethical principles for face scanning.', 'The decision was aligned with ethical principles for face scanning.'],
    ['others-aim', 'The regulator aims to publish guidance next year.', 'Fabrikam aims to publish guidance next year.'],
    ['others-effort', 'Researchers are working to map bias in face recognition.', 'Fabrikam is working to map bias in face recognition.'],
    ['another-speaker', 'Campaigners want Fabrikam to stop selling the software where possible.', 'Fabrikam stops selling the software where possible.'],
    ['world-continues', 'The technology continues to improve rapidly.', 'Fabrikam continues to improve its controls.'],
    ['effort-reported', 'The report gives an in-depth look at our efforts to combat forced labour.', 'Our efforts to combat forced labour are ongoing.'],
    ['subject-named', 'The summit brought together leaders to discuss the responsible use of AI.', 'The summit brought together leaders who ensure the responsible use of AI.'],
    ['page-notice', 'NOTE: this is an archived page and the content is likely to be out of date.', 'NOTE: the sales rules are likely to be out of date.'],
    ['law-requires', 'The Act prohibits remote biometric identification in public spaces, with limited exceptions.', 'Fabrikam sells remote biometric identification in public spaces, with limited exceptions.'],
    ['law-requires', 'The Guiding Principles state that businesses should respect human rights.', 'Fabrikam states that its suppliers should respect human rights.'],
    ['page-notice', 'This document may be printed for personal use.', 'This data may be shared for personal use.'],
    ['noun-use', 'Fabrikam welcomed recent calls for regulation of face scanning.', 'Fabrikam calls for regulation of face scanning.'],
    ['reported-speech', 'The study found that in some cases the software misidentified women.', 'Fabrikam found that in some cases the software misidentified women.'],
    ['reported-speech', 'Police said they would continue to use the system where appropriate.', 'Fabrikam said it would continue to sell the system where appropriate.'],
    ['body-routine', 'Our EHS Council of corporate and business leaders meets regularly to review the programme.', 'Our EHS Council of corporate and business leaders will meet regularly to review the programme.'],
    ['others-aim', 'The bill seeks to ban the use of facial recognition by police.', 'Fabrikam seeks to ban the use of facial recognition by police.'],
    ['others-aim', 'The Global Network Initiative strives to protect freedom of expression.', 'Fabrikam strives to protect freedom of expression.'],
    ['noun-use', 'The plan to sell the division was announced in 2019.', 'Fabrikam plans to sell the division in 2025.'],
    ['noun-use', 'Attempts to regulate the technology have failed in Congress.', 'Fabrikam attempts to regulate the technology in its contracts.'],
    ['page-notice', 'We may update this statement from time to time.', 'We may update our sales rules from time to time.'],
    ['page-notice', 'Fabrikam reserves the right to change these terms at any time.', 'Fabrikam reserves the right to sell location data at any time.'],
    ['another-speaker', 'A coalition of NGOs is demanding stronger safeguards.', 'Fabrikam has stronger safeguards.'],
    ['another-speaker', 'Rights Watchers wrote to Fabrikam asking whether it will continue to sell the software.', 'Fabrikam will continue to sell the software.'],
    ['another-speaker', 'The coalition called for a moratorium until appropriate safeguards are in place.', 'Fabrikam pauses sales until appropriate safeguards are in place.'],
    ['another-speaker', 'Civil society organisations have raised concerns about potential misuse.', 'Fabrikam lists potential misuse.'],
    ['law-requires', 'The report recommends that companies adopt appropriate safeguards.', 'Fabrikam adopts appropriate safeguards.'],
    ['reported-speech', 'Retailers say the systems help reduce shoplifting.', 'Fabrikam says the systems help reduce shoplifting.'],
    ['others-may', 'The regulator may impose fines of up to 4% of global turnover.', 'Fabrikam may impose fines of up to 4% of a contract.'],
    ['others-may', 'Users might not know that their images are being collected.', 'Fabrikam might not know that their images are being collected.'],
    ['named-body', 'The Office of Ethical and Humane Use answers questions from staff.', 'The office answers questions from staff in an ethical and humane way.'],
  ])('%s also leaves "%s" unmarked, not "%s"', (_id, unmarked, marked) => {
    expect(marks(unmarked), unmarked).toEqual([]);
    expect(marks(marked), marked).not.toEqual([]);
  });

  it('marks a guarded match with the class word that let it count, unless that would overlap another mark', () => {
    expect(marks('We list potential  harms, and notify subscribers where\npermissible.')).toEqual(['potential  harms', 'where\npermissible']);
    expect(marks('Our steadfast dedication to privacy shapes every sale.')).toEqual(['steadfast', 'dedication']);
  });

  it('finds the sentence around a match, across line breaks and quotes', () => {
    const text = 'First one. “We may act,” she said. Next\nline here.';
    const at = text.indexOf('may');
    const [a, b] = sentenceAround(text, at, at + 3);
    expect(text.slice(a, b)).toBe('“We may act,” she said.');
    const n = text.indexOf('line');
    expect(text.slice(...sentenceAround(text, n, n + 4))).toBe('line here.');
  });
});
