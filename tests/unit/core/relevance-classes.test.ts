// Issue 14: a class of failure seen on real pages, reproduced by pages written for the tests
// (tests/fixtures/pages/classes, fictional companies), and what the analysis must do with it.
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../src/core/analyse-page';
import { SCREEN_FLOOR, weighTopic } from '../../../src/core/relevance/decide';
import { getBundledDataset } from '../../../src/data/dataset';
import { screenHintsFrom } from '../../../src/core/relevance/tracked-pages';
import { mightBeRelevant } from './fixtures';
import type { Dataset } from '../../../src/data/schema';
import { fixturePage, getTestDataset } from './fixtures';

const page = (name: string) => fixturePage(`classes/${name}`);
const analyse = (name: string, dataset: Dataset = getTestDataset()) => analysePage(page(name), { dataset });

describe('relevance on the pages readers bring', () => {
  it('a short statement naming its topic only in its title, address and opening paragraph is relevant', () => {
    const a = analyse('short-statement-tailspin.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('facial-recognition');
  });

  it('a page restating a tracked commitment exactly is relevant on that alone', () => {
    const a = analyse('restated-contoso.html');
    expect(a.restatedCommitments.map((r) => r.commitmentId)).toContain('contoso-ai-responsibly');
    expect(a.relevant).toBe(true);
    expect(a.topics.map((t) => t.id)).toContain('ai-ethics');
  });

  it('an AI-ethics policy page in its own vocabulary is relevant', () => {
    const a = analyse('ai-ethics-vocabulary.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('ai-ethics');
  });

  it('a reseller\'s article on a company\'s "transparent AI", "AI accountability" and "responsible innovation" is an AI-ethics page', () => {
    // Seen on the eval's tune half (session 11): a reseller's article on a radio maker's AI labels, in the
    // words of AI transparency and accountability, was judged not relevant (one strong mention of the topic).
    const a = analyse('ai-transparency-reseller-tailspin.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('ai-ethics');
  });

  it('a modern-slavery page that never says "human rights" is a human-rights page', () => {
    // Seen on the eval's tune half (a retailer's modern-slavery page judged not relevant).
    const a = analyse('modern-slavery-woodgrove.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('human-rights');
  });

  it('a telecom\'s privacy-and-integrity page that frames privacy as a right ("privacy and freedom", "rights to privacy") is a human-rights page', () => {
    // Seen on the fresh-4 tune half (a telecom's privacy and integrity page names human rights and freedom of
    // expression once each, and otherwise speaks of privacy and freedom, which the topic's vocabulary lacked).
    const a = analyse('privacy-integrity-wingtip.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('human-rights');
  });

  it('a news reprint of a company\'s "AI code of ethics" is an AI-ethics page', () => {
    const a = analyse('ai-code-press-northwind.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('ai-ethics');
  });

  it('guidance on integrating a face service\'s "biometric solutions" is a facial-recognition page', () => {
    const a = analyse('biometric-guidance-litware.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('facial-recognition');
  });

  it('a tracked vendor\'s blog post on its own product\'s legality and ethics, naming its topic once and with no title, is relevant', () => {
    // Seen on the fresh-3 tune half (a facial-recognition vendor's blog names facial recognition once, in its
    // opening, then speaks of law, data protection and ethics): the company's own statement in the words of
    // ethics and law stands in for a second mention of the topic's vocabulary.
    const a = analyse('vendor-blog-northwind.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('facial-recognition');
  });

  it('a tracked company\'s product page that names facial recognition once, as a feature, is not relevant', () => {
    const a = analyse('product-page-northwind.html');
    expect(a.relevant).toBe(false);
  });

  it('a face-detection tutorial whose address names face detection, with one mention in its text, is not relevant', () => {
    // Seen on fresh set 4's tune half (a code-hosting page of an OpenCV tutorial): counting the address's
    // words as a title gave "face detection" a title mention too, and the decoy became a facial-recognition page.
    const a = analyse('face-detection-repo-litware.html');
    expect(a.relevant).toBe(false);
  });

  it('a tracked company\'s API docs for face detection, which say facial recognition is not offered, are not a facial-recognition page', () => {
    // Seen on fresh set 5's tune half (a cloud vision API's face-detection docs on a tracked company's domain):
    // finding faces is the field's everyday word, as "AI systems" is for AI ethics; the topic's own word is
    // named once, to say the API does not do it.
    const a = analyse('face-api-docs-contoso.html');
    expect(a.relevant).toBe(false);
  });

  it('a tracked company\'s code-of-conduct page (ethics and compliance, laws, one "AI" assistant) is not relevant', () => {
    // It speaks the words of ethics and law and names "ethics" once, but is about gifts, not AI ethics.
    const a = analyse('code-of-conduct-fabrikam.html');
    expect(a.relevant).toBe(false);
  });

  it('a generative-AI product guide that names responsible AI once, as a feature, is not relevant', () => {
    // The field's everyday words (AI, generative AI, LLMs, AI solutions) fill such a page; one passing
    // ethics term is not what the page is about.
    const a = analyse('genai-product-guide-litware.html');
    expect(a.relevant).toBe(false);
  });

  it('machine-learning docs about bias and explainability tooling are not an AI-ethics page', () => {
    // Bias metrics, feature attributions and "fairness reports" are a tool's features; the page never speaks
    // of ethics, principles or accountability beyond one "responsible AI" as a product pillar.
    const a = analyse('ml-bias-tooling-litware.html');
    expect(a.relevant).toBe(false);
  });

  it('a reprint of a company\'s "Responsible Technology" blueprint (technology ethics, never "AI ethics") is an AI-ethics page', () => {
    // Seen on the fresh-3 tune half: a security company's responsible-technology blueprint, reprinted on a
    // manuals site, names AI once and its own field "responsible technology" throughout.
    const a = analyse('responsible-technology-tailspin.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('ai-ethics');
  });

  it('a short digital-rights page (privacy and freedom of expression, law-enforcement demands) is a human-rights page', () => {
    const a = analyse('digital-rights-northwind.html');
    expect(a.relevant).toBe(true);
    expect(a.topics[0]?.id).toBe('human-rights');
  });

  it.each(['face-detection-repo-litware.html', 'face-api-docs-contoso.html', 'privacy-integrity-wingtip.html', 'code-of-conduct-fabrikam.html', 'vendor-blog-northwind.html', 'product-page-northwind.html', 'responsible-technology-tailspin.html', 'short-statement-tailspin.html', 'genai-product-guide-litware.html', 'ml-bias-tooling-litware.html', 'digital-rights-northwind.html', 'restated-contoso.html', 'ai-ethics-vocabulary.html', 'hedges-fabrikam.html', 'noise-fabrikam.html', 'quote-third-party-fabrikam.html'])(
    '%s: the first stage passes on whatever the full analysis finds relevant',
    (name) => {
      const dataset = getTestDataset();
      const input = page(name);
      if (analysePage(input, { dataset }).relevant) expect(mightBeRelevant({ url: input.url, title: input.title ?? '', text: input.text }, screenHintsFrom(dataset))).toBe(true);
    },
  );
});

/**
 * The first stages bound the screen score (relaxed-screen.test.ts, content/prescreen.test.ts): the decision
 * must never call a page relevant that the exact screen rules out, whatever its address, headings, opening
 * paragraph, density or publisher add.
 */
describe('the decision stays within the first stages\' bound', () => {
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  }

  it('never finds a topic relevant below the screen floor off a tracked page, for any evidence', () => {
    const r = rng(14);
    const kinds = ['press-release', 'policy', 'blog-post', 'news-article', 'other'] as const;
    let relevant = 0;
    for (let i = 0; i < 20000; i++) {
      const big = () => r() * 20;
      const topic = { screenScore: r() * 12, title: big(), url: big(), headings: big(), opening: big(), density: big(), mentions: Math.floor(r() * 6), strongMentions: Math.floor(r() * 6), restated: r() < 0.2 };
      const pageEvidence = { trackedPage: r() < 0.3, trackedPublisher: r() < 0.3, kind: kinds[Math.floor(r() * kinds.length)]!, framing: Math.floor(r() * 10) };
      const verdict = weighTopic(topic, pageEvidence);
      if (!verdict.relevant) continue;
      relevant++;
      expect(pageEvidence.trackedPage || topic.screenScore >= SCREEN_FLOOR).toBe(true);
    }
    expect(relevant).toBeGreaterThan(1000);
  });

  it('passes on every generated page the full analysis finds relevant (titles, addresses, headings, short and long)', () => {
    const dataset = getBundledDataset();
    const hints = screenHintsFrom(dataset);
    const PHRASES = ['facial recognition', 'responsible AI', 'human rights', 'AI principles', 'algorithmic accountability', 'human oversight', 'AI', 'bias', 'surveillance', 'machine learning'];
    const FILLER = ['the', 'company', 'said', 'policy', 'customers', 'we', 'will', 'publish', 'report', 'rules', 'board', 'sales', 'legal', 'ethical', 'privacy', 'regulator', 'rights', 'consent'];
    const HOSTS = ['example.org', 'www.ibm.com', 'news.example.com', 'blog.google', 'tailspin.example', 'blog.tailspin.example'];
    const r = rng(20261201);
    const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    let relevant = 0;
    for (let i = 0; i < 1500; i++) {
      const lines: string[] = [];
      for (let l = 0, n = 1 + Math.floor(r() * 8); l < n; l++) {
        const words: string[] = [];
        const long = r() < 0.6;
        for (let w = 0, m = long ? 12 + Math.floor(r() * 30) : 1 + Math.floor(r() * 6); w < m; w++) words.push(r() < 0.08 ? pick(PHRASES) : pick(FILLER));
        lines.push(words.join(' ') + (long ? '.' : ''));
      }
      const slug = r() < 0.5 ? pick(PHRASES).replace(/ /g, '-') : 'news';
      const input = { url: `https://${pick(HOSTS)}/${pick(['policy', 'blog', 'news', 'about'])}/${slug}`, title: r() < 0.5 ? `${pick(PHRASES)} ${pick(FILLER)}` : '', text: lines.join('\n') };
      if (!analysePage(input, { dataset }).relevant) continue;
      relevant++;
      expect(mightBeRelevant(input, hints), JSON.stringify(input)).toBe(true);
    }
    expect(relevant).toBeGreaterThan(100);
  });
});
