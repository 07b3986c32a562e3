// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/content/extract-text';
import type { PaintItem } from '../../../src/content/paint-item';
import { createWrapPainter, MARK_TAG } from '../../../src/content/paint-wraps';
import { rangeFor, segmentsFor } from '../../../src/content/text-index';

function itemsFor(root: HTMLElement, phrases: string[], kind: PaintItem['kind'] = 'vague'): PaintItem[] {
  const extracted = extractText(root);
  const items: PaintItem[] = [];
  let id = 0;
  for (const phrase of phrases) {
    for (let at = extracted.text.indexOf(phrase); at >= 0; at = extracted.text.indexOf(phrase, at + 1)) {
      items.push({
        id: id++,
        kind,
        key: phrase.replace(/\s+/g, '-'),
        category: kind === 'vague' ? 'hedge' : 'commitment',
        text: phrase,
        segments: segmentsFor(extracted, at, phrase.length),
        range: rangeFor(extracted, at, phrase.length)!,
      });
    }
  }
  return items;
}

describe('wrapping fallback', () => {
  it('wraps each piece of a split term and restores the exact DOM and node identity', () => {
    document.body.innerHTML = '<p id="p">Critics ask what a general <b>purpose</b> product is, in general purpose terms.</p>';
    const before = document.body.innerHTML;
    const firstText = document.getElementById('p')!.firstChild;
    const painter = createWrapPainter();
    const items = itemsFor(document.body, ['general purpose']);
    painter.add(items);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => m.textContent)).toEqual(['general ', 'purpose', 'general purpose']);
    expect(marks[1]!.parentElement!.tagName).toBe('B');
    expect(document.body.textContent).toBe('Critics ask what a general purpose product is, in general purpose terms.');
    expect(items[0]!.range.toString()).toBe('general purpose');
    expect(painter.itemsAt(marks[1]!.firstChild!, 0).map((i) => i.id)).toEqual([items[0]!.id]);
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(document.getElementById('p')!.firstChild).toBe(firstText);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
  });

  it('nests a vague term inside a restated commitment without overlapping elements', () => {
    document.body.innerHTML = '<p>We will act responsibly at all times.</p>';
    const before = document.body.innerHTML;
    const painter = createWrapPainter();
    const commitment = itemsFor(document.body, ['will act responsibly at all'], 'commitment');
    const vague = itemsFor(document.body, ['responsibly']).map((i) => ({ ...i, id: 10 }));
    painter.add([...commitment, ...vague]);
    const marks = [...document.querySelectorAll(MARK_TAG)];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-pw-cat'), m.hasAttribute('data-pw-commitment')])).toEqual([
      ['will act ', 'commitment', true],
      ['responsibly', 'hedge', true],
      [' at all', 'commitment', true],
    ]);
    expect(painter.itemsAt(marks[1]!.firstChild!, 0).map((i) => i.kind)).toEqual(['vague', 'commitment']);
    painter.setCurrent(vague[0]!);
    expect(document.querySelectorAll('[data-pw-current]')).toHaveLength(1);
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
  });

  it('never turns page text into markup', () => {
    document.body.innerHTML = '<p>&lt;img src=x onerror=alert(1)&gt; where appropriate</p>';
    const painter = createWrapPainter();
    painter.add(itemsFor(document.body, ['<img src=x onerror=alert(1)> where appropriate']));
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelector(MARK_TAG)!.textContent).toBe('<img src=x onerror=alert(1)> where appropriate');
  });

  it('drops items whose text the page removed', () => {
    document.body.innerHTML = '<p id="a">where appropriate</p><p>where appropriate</p>';
    const painter = createWrapPainter();
    painter.add(itemsFor(document.body, ['where appropriate']));
    document.getElementById('a')!.remove();
    expect(painter.prune()).toHaveLength(1);
    expect(painter.items()).toHaveLength(1);
  });
});
