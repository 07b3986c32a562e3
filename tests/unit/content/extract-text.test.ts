// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../../src/content/extract-text';
import { nodeIndexAt, rangeFor, segmentCursor, segmentsFor } from '../../../src/content/text-index';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('extractText', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('keeps inline runs together and separates blocks', () => {
    const { text } = extractText(page('<p>IBM offers general <b>purpose</b> tools.</p><p>Next</p><ul><li>one</li><li>two</li></ul>'));
    expect(text).toBe('IBM offers general purpose tools.\nNext\none\ntwo');
  });

  it('skips script, style, textarea, noscript, template, svg and contenteditable text', () => {
    const { text } = extractText(
      page(
        '<p>visible</p><script>var general = "purpose";</script><style>p{}</style><textarea>typed text</textarea>' +
          '<svg><text>svg words</text></svg><div contenteditable="true"><span>edited</span> words</div>' +
          '<template><p>inert</p></template><p>end</p>',
      ),
    );
    expect(text).toBe('visible\nend');
  });

  it('maps every offset back to its text node', () => {
    const root = page('<p>general <b>purpose</b> and <i>responsibly</i></p>');
    const extracted = extractText(root);
    const at = extracted.text.indexOf('purpose');
    const i = nodeIndexAt(extracted, at);
    expect(extracted.nodes[i]!.data).toBe('purpose');
    expect(extracted.starts[i]).toBe(at);
    for (let k = 0; k < extracted.nodes.length; k++) {
      const node = extracted.nodes[k]!;
      expect(extracted.text.slice(extracted.starts[k], extracted.starts[k]! + node.data.length)).toBe(node.data);
    }
  });

  it('turns a span across elements into one segment per text node and a range reading the same text', () => {
    const root = page('<p>IBM offers general <b>purpose</b> tools</p>');
    const extracted = extractText(root);
    const offset = extracted.text.indexOf('general purpose');
    const segments = segmentsFor(extracted, offset, 'general purpose'.length);
    expect(segments.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['general ', 'purpose']);
    expect(rangeFor(extracted, offset, 'general purpose'.length)!.toString()).toBe('general purpose');
  });

  it('skips the block separator when a span crosses blocks', () => {
    const extracted = extractText(page('<p>alpha</p><p>beta</p>'));
    expect(segmentsFor(extracted, 0, extracted.text.length).map((s) => s.node.data)).toEqual(['alpha', 'beta']);
  });

  it('reads nothing from an empty page and maps nothing', () => {
    const extracted = extractText(page(''));
    expect(extracted.text).toBe('');
    expect(segmentsFor(extracted, 0, 3)).toEqual([]);
    expect(rangeFor(extracted, 0, 3)).toBeNull();
  });

  it('a segment cursor gives what segmentsFor gives, for spans in order and after a jump back', () => {
    const extracted = extractText(
      page('<p>general <b>purpose</b> and <i>responsibly</i></p><p>where <a>appropriate</a> steps</p><div>in due <em>course</em></div>'),
    );
    const spans: [number, number][] = [];
    for (let at = 0; at + 5 <= extracted.text.length; at += 3) spans.push([at, 5]);
    const cursor = segmentCursor(extracted);
    for (const [at, len] of spans) expect(cursor(at, len)).toEqual(segmentsFor(extracted, at, len));
    // Restated commitments come after the vague terms and may start earlier in the text.
    expect(cursor(0, 12)).toEqual(segmentsFor(extracted, 0, 12));
    expect(cursor(extracted.text.indexOf('appropriate'), 11).map((s) => s.node.data)).toEqual(['appropriate']);
  });
});
