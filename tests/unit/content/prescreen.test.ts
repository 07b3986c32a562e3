// @vitest-environment happy-dom
// The prescreen may rule a page out only where the exact screen (extracted text → mightBeRelevant) would;
// and it must rule unrelated pages out, or it saves nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/content/extract-text';
import { prescreenPage, type PrescreenVerdict } from '../../../src/content/prescreen';
import { getTopicTerms } from '../../../src/core/lexicon/index';
import { compileRelaxedScreen } from '../../../src/core/relevance/bound';
import { mightBeRelevant } from '../core/fixtures';
import { screenHintsFrom } from '../../../src/core/relevance/tracked-pages';
import { bundledDatasetFiles } from '../../../src/data/dataset';
import { PAGES_DIR } from '../core/fixtures';

const hints = screenHintsFrom(bundledDatasetFiles);
const screen = compileRelaxedScreen(getTopicTerms());
const URL_ = 'https://example.org/article';

// A fresh document per page: nothing of one page can leak into the next.
let doc: Document = document;

function load(html: string, title = ''): void {
  doc = document.implementation.createHTMLDocument();
  doc.title = title;
  doc.body.innerHTML = html;
}

function exactScreen(): boolean {
  return mightBeRelevant({ url: URL_, title: doc.title, text: extractText(doc.body).text }, hints);
}

const verdict = (): PrescreenVerdict => prescreenPage(doc, URL_, hints, screen).verdict;

describe('prescreenPage', () => {
  it('rules out a page about none of the topics', () => {
    load('<h1>Quarterly results</h1><p>Revenue grew in every region.</p><script>var x = 1;</script><p>Margins held.</p>');
    expect(exactScreen()).toBe(false);
    expect(verdict()).toBe('not-relevant');
  });

  it('never rules out a page the exact screen passes when blocks touch without whitespace', () => {
    // textContent reads "HomeAI ethics…": no word boundary before "AI", yet the extracted text has one.
    load('<ul><li>Home</li><li>AI ethics</li><li>Responsible AI</li><li>AI principles</li></ul>');
    expect(doc.body.textContent).toContain('HomeAI ethics');
    expect(exactScreen()).toBe(true);
    expect(verdict()).not.toBe('not-relevant');
  });

  it('never rules out a page whose phrase runs across two blocks', () => {
    load('<p>We build facial</p><p>recognition.</p><p>Our facial</p><p>recognition.</p>');
    expect(exactScreen()).toBe(true);
    expect(verdict()).not.toBe('not-relevant');
  });

  it('sends a page to the exact path when skipped text sits inside a phrase', () => {
    load('<p>We sell facial <code>x</code>recognition and facial <code>y</code>recognition.</p>');
    expect(exactScreen()).toBe(true);
    expect(verdict()).toBe('maybe');
  });

  it('does not count topic words that only appear in scripts and styles', () => {
    const script = '<script>var s = "facial recognition human rights due diligence AI ethics responsible AI";</script>';
    load(`<p>Revenue grew.</p>${script}<p>Margins held.</p>${script}<style>.human-rights-due-diligence{}</style>`);
    expect(exactScreen()).toBe(false);
    expect(verdict()).toBe('not-relevant');
  });

  it('subtracts skipped text once, however many ways it is found (nested <svg>, its <style>)', () => {
    const svg = '<svg><svg><text>facial recognition</text><style>.human-rights-due-diligence{}</style></svg></svg>';
    load(`<p>One facial recognition mention.</p>${svg}${svg}`);
    expect(exactScreen()).toBe(false);
    expect(verdict()).toBe('not-relevant');
    // Two visible mentions pass the screen; subtracting the <svg>'s one twice would rule the page out.
    load('<p>Facial recognition, and facial recognition again.</p><svg><svg><text>facial recognition</text></svg></svg>');
    expect(exactScreen()).toBe(true);
    expect(verdict()).toBe('maybe');
  });

  it('sends editable pages to the exact path (editability is inherited and costly to find)', () => {
    load('<p>Revenue grew.</p><div contenteditable="true">notes</div>');
    expect(verdict()).toBe('maybe');
    load('<p>Revenue grew.</p>');
    doc.designMode = 'on';
    expect(verdict()).toBe('maybe');
  });

  it('passes a tracked company domain without reading the page', () => {
    load('<p>Revenue grew.</p>');
    expect(prescreenPage(doc, 'https://newsroom.ibm.com/2024-results', hints, screen).verdict).toBe('maybe');
  });

  it('calls a page full of topic terms likely relevant', () => {
    load('<h1>Facial recognition and human rights</h1>' + '<p>Facial recognition technology, biometric surveillance and human rights due diligence.</p>'.repeat(5));
    expect(verdict()).toBe('likely');
  });

  it('counts the title as the screen does', () => {
    load('<p>facial recognition</p>', 'Facial recognition');
    expect(exactScreen()).toBe(true);
    expect(verdict()).not.toBe('not-relevant');
  });

  it.each(['earnings-northwind.html', 'product-launch-contoso.html', 'news-one-mention.html', 'recipe-apple.html'])('rules out the unrelated fixture %s', (name) => {
    const html = readFileSync(join(PAGES_DIR, name), 'utf8');
    load(html.replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/gi, ''));
    expect(exactScreen()).toBe(false);
    expect(verdict()).toBe('not-relevant');
  });

  it.each(['press-fr-northwind.html', 'press-ai-contoso.html', 'policy-hr-fabrikam.html', 'blog-ai-contoso.html'])('passes the relevant fixture %s', (name) => {
    const html = readFileSync(join(PAGES_DIR, name), 'utf8');
    load(html.replace(/^[\s\S]*?<body[^>]*>|<\/body>[\s\S]*$/gi, ''));
    expect(exactScreen()).toBe(true);
    expect(verdict()).not.toBe('not-relevant');
  });
});

/** Seeded pages near the screen's floor, built to break the bound: phrases split by inline, skipped and block elements. */
describe('prescreenPage against the exact screen on generated pages', () => {
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  }
  const PHRASES = ['facial recognition', 'AI ethics', 'human rights', 'human rights due diligence', 'biometric surveillance', 'responsible AI', 'AI', 'GNI', 'bias', 'algorithm', 'surveillance', 'remedy', 'machine learning', 'HRIA'];
  const FILLER = ['the', 'company', 'said', 'recognition', 'signing', 'rights', 'human', 'main', 'EMAIL', 'due', 'facial', 'a', 'of', 'significant', 'unbiased'];
  const SKIPPED = ['<script>x("AI")</script>', '<code>rights</code>', '<style>.a{}</style>', '<svg><text>AI</text></svg>', '<textarea>AI ethics</textarea>', '<kbd>k</kbd>', '<noscript>bias</noscript>', '<select><option>human</option></select>'];
  // Not skipped as a whole: extract-text.ts skips by a text node's own parent, so the span's text is read.
  const HALF_SKIPPED = ['<code><span>AI ethics</span></code>', '<samp><em>human rights</em></samp>'];
  const INLINE = ['b', 'em', 'span', 'a'];
  const BLOCK = ['p', 'div', 'li', 'h2'];

  function makePage(r: () => number): string {
    const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
    const blocks: string[] = [];
    const nBlocks = 1 + Math.floor(r() * 6);
    for (let b = 0; b < nBlocks; b++) {
      const words: string[] = [];
      for (let w = 0, n = 1 + Math.floor(r() * 8); w < n; w++) {
        const roll = r();
        if (roll < 0.3) {
          const phrase = pick(PHRASES);
          const space = phrase.indexOf(' ');
          const how = r();
          const inline = pick(INLINE);
          if (space > 0 && how < 0.2) words.push(`${phrase.slice(0, space)} <${inline}>${phrase.slice(space + 1)}</${inline}>`);
          else if (space > 0 && how < 0.35) words.push(`${phrase.slice(0, space + (r() < 0.5 ? 1 : 0))}${pick(SKIPPED)}${phrase.slice(space + 1)}`);
          else if (space > 0 && how < 0.45) words.push(`${phrase.slice(0, space)}<div>${phrase.slice(space + 1)}</div>`);
          else if (how < 0.55) words.push(`<${inline}>${phrase}</${inline}>`);
          else if (how < 0.65 && phrase.length > 3) {
            const cut = 1 + Math.floor(r() * (phrase.length - 2));
            words.push(`${phrase.slice(0, cut)}${r() < 0.5 ? `<${inline}>${phrase.slice(cut)}</${inline}>` : pick(SKIPPED) + phrase.slice(cut)}`);
          }
          else words.push(phrase);
        } else if (roll < 0.4) words.push(pick(SKIPPED));
        else if (roll < 0.45) words.push(pick(HALF_SKIPPED));
        else words.push(pick(FILLER));
      }
      const tag = pick(BLOCK);
      blocks.push(`<${tag}>${words.join(r() < 0.8 ? ' ' : '')}</${tag}>`);
    }
    return blocks.join(r() < 0.5 ? '\n' : '');
  }

  // 3000 pages through happy-dom: seconds on a loaded machine, so more than the default 5 s (no speed is asserted).
  it('never rules out a page the exact screen passes, and rules out many it does not', { timeout: 60_000 }, () => {
    let positives = 0;
    let negatives = 0;
    let ruledOut = 0;
    for (let i = 0; i < 3000; i++) {
      const r = rng(20261123 + i);
      const html = makePage(r);
      const title = r() < 0.1 ? 'AI ethics' : '';
      load(html, title);
      const exact = exactScreen();
      const v = verdict();
      if (exact) {
        positives++;
        expect(v, `${JSON.stringify(title)} ${JSON.stringify(html)} → ${JSON.stringify(extractText(doc.body).text)}`).not.toBe('not-relevant');
      } else {
        negatives++;
        if (v === 'not-relevant') ruledOut++;
      }
    }
    // Both sides are well represented, and the prescreen is worth having on the negatives.
    expect(positives).toBeGreaterThan(500);
    expect(negatives).toBeGreaterThan(500);
    expect(ruledOut / negatives).toBeGreaterThan(0.3);
  });
});
