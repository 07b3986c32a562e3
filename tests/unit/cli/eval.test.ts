// `npm run eval`: the scoring rules, and a folder with a missing or unlabelled page scored without a crash.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { occurrences, parseLabels, scorePage, companyMatches, hashSplit, parseAddressList } from '../../../src/scripts/eval-score';
import { runEval } from '../../../src/scripts/eval';

const HEADER = 'address\tsplit\trelevant\tcompany\ttopics\tflag\tordinary';

describe('eval labels', () => {
  it('parses rows and names the line of a bad one', () => {
    const [label] = parseLabels(`${HEADER}\nhttps://a.example/x\ttune\t1\t~Acme\tai-ethics;human-rights\twhere appropriate | at this time\tBack to news\n`);
    expect(label).toMatchObject({ split: 'tune', relevant: true, company: '~Acme', topics: ['ai-ethics', 'human-rights'], flag: ['where appropriate', 'at this time'], ordinary: ['Back to news'] });
    expect(() => parseLabels(`${HEADER}\nhttps://a.example/x\tsometimes\t1\t-\t-\t-\t-\n`)).toThrow('line 2: split');
    expect(() => parseLabels('url\trelevant\n')).toThrow('header');
  });

  it('finds a phrase across line breaks and either apostrophe', () => {
    expect(occurrences('We will, where\nappropriate, act. Where appropriate.', 'where appropriate')).toEqual([[9, 26], [33, 50]]);
    expect(occurrences('it’s ours', "it's ours")).toHaveLength(1);
  });

  it('counts a phrase found only on a page judged relevant, and marks inside ordinary sentences as noise', () => {
    const label = parseLabels(`${HEADER}\nhttps://a.example/x\ttune\t1\tibm\t-\twhere appropriate\tBack to news\n`)[0]!;
    const text = 'Back to news\nWe act where appropriate.';
    const mark = (t: string) => ({ termId: 'x', text: t, offset: text.indexOf(t), length: t.length, category: 'hedge' as const });
    const analysis = { relevant: true, companies: [{ id: 'ibm', name: 'IBM', score: 10, evidence: [] }], vagueTerms: [mark('where appropriate'), mark('Back')] };
    const score = scorePage(label, { url: label.address, text, analysis });
    expect(score.counts).toMatchObject({ truePositive: 1, phrasesFound: 1, phrasesInLexicon: 1, ordinaryMarks: 1, companyRight: 1 });
    const unseen = scorePage(label, { url: label.address, text, analysis: { ...analysis, relevant: false } });
    expect(unseen.counts).toMatchObject({ falseNegative: 1, phrasesFound: 0, phrasesInLexicon: 1, companyRight: 0 });
  });

  it('lists the marks a relevant page shows outside its labels (unjudged), with their sentence, for review', () => {
    const label = parseLabels(`${HEADER}\nhttps://a.example/x\ttune\t1\tibm\t-\twhere appropriate\tBack to news\n`)[0]!;
    const text = 'Back to news\nWe act where appropriate. Our effort to map risks began in 2019.';
    const mark = (t: string) => ({ termId: 'x', text: t, offset: text.indexOf(t), length: t.length, category: 'hedge' as const });
    const analysis = { relevant: true, companies: [], vagueTerms: [mark('where appropriate'), mark('Back'), mark('effort to')] };
    expect(scorePage(label, { url: label.address, text, analysis }).unjudged).toEqual(['[effort to] Our effort to map risks began in 2019.']);
    // A page judged not relevant shows no marks in the browser: nothing to review.
    expect(scorePage(label, { url: label.address, text, analysis: { ...analysis, relevant: false } }).unjudged).toEqual([]);
  });

  it('matches an untracked company by the publisher name the analysis gives', () => {
    expect(companyMatches('~SAP', '~SAP News Center')).toBe(true);
    expect(companyMatches('~SAP', 'ibm ~IBM')).toBe(false);
    expect(companyMatches('ibm', 'ibm ~IBM')).toBe(true);
    // A company labelled untracked that the dataset has since come to track is still the right one.
    expect(companyMatches('~SAP', 'sap ~SAP')).toBe(true);
    expect(companyMatches('sap', '~SAP News Center')).toBe(false);
  });

  it('reports a labelled page missing from the folder and a page without a label, and scores the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-eval-'));
    const pages = join(dir, 'pages');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(pages);
    writeFileSync(
      join(pages, 'one.html'),
      '<title>Our facial recognition policy</title><link rel="canonical" href="https://www.ibm.com/policy/one/"><p>IBM will not sell facial recognition. We oppose facial recognition for mass surveillance, where appropriate.</p>',
    );
    writeFileSync(join(pages, 'stray.html'), '<title>Stray</title><link rel="canonical" href="https://stray.example/"><p>Nothing.</p>');
    const labels = join(dir, 'labels.tsv');
    writeFileSync(labels, `${HEADER}\nhttps://www.ibm.com/policy/one/\ttune\t1\tibm\tfacial-recognition\twhere appropriate\t-\nhttps://gone.example/page\tholdout\t0\t-\t-\t-\t-\n`);
    const result = await runEval(pages, labels);
    expect(result.missing).toEqual(['https://gone.example/page']);
    expect(result.unlabelled).toHaveLength(1);
    expect(result.splits.tune.pages).toBe(1);
    expect(result.splits.holdout.pages).toBe(0);
    expect(result.splits.tune.relevanceRecall).toBe(1);
  });

  it('splits an address by a fixed hash of its comparable form, and the fresh rows follow it', () => {
    // sha256('a.example/x') starts with '7', sha256('a.example/y') with 'b' (computed by hand with sha256sum).
    expect(hashSplit('https://www.a.example/x/')).toBe('tune');
    expect(hashSplit('https://a.example/x?utm=1')).toBe('tune');
    expect(hashSplit('https://a.example/y')).toBe('holdout');
    const root = join(import.meta.dirname, '../../eval');
    const fresh = ['fresh.txt', 'fresh2.txt', 'fresh3.txt', 'fresh4.txt', 'fresh5.txt', 'fresh6.txt'].flatMap((f) => parseAddressList(readFileSync(join(root, f), 'utf8')));
    const labels = parseLabels(readFileSync(join(root, 'labels.tsv'), 'utf8'));
    expect(fresh.length).toBeGreaterThanOrEqual(120);
    for (const address of fresh) {
      const label = labels.find((l) => l.address === address);
      expect(label?.split, address).toBe(hashSplit(address));
    }
  });

  it('scores only the pages an --only list names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-eval-only-'));
    const pages = join(dir, 'pages');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(pages);
    writeFileSync(join(pages, 'a.html'), '<title>Our facial recognition policy</title><link rel="canonical" href="https://a.example/one"><p>We will not sell facial recognition.</p>');
    writeFileSync(join(pages, 'b.html'), '<title>Spa</title><link rel="canonical" href="https://b.example/two"><p>A facial at the spa.</p>');
    const labels = join(dir, 'labels.tsv');
    writeFileSync(labels, `${HEADER}\nhttps://a.example/one\ttune\t1\t-\tfacial-recognition\t-\t-\nhttps://b.example/two\ttune\t0\t-\t-\t-\t-\n`);
    const all = await runEval(pages, labels);
    expect(all.splits.tune.pages).toBe(2);
    const only = await runEval(pages, labels, undefined, new Set(parseAddressList('# a comment\nhttps://b.example/two/\n')));
    expect(only.splits.tune.pages).toBe(1);
    expect(only.missing).toEqual([]);
    expect(only.unlabelled).toEqual([]);
    const holdout = await runEval(pages, labels, undefined, undefined, 'holdout');
    expect(holdout.splits.tune.pages + holdout.splits.holdout.pages).toBe(0);
    expect(holdout.unlabelled).toEqual([]);
  });
});
