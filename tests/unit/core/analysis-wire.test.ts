// The analysis as page/analyse sends it to the content script (core/analysis-wire.ts): packed and unpacked
// again it is the same analysis, and it is much smaller on the wire.
import { describe, expect, it } from 'vitest';
import { packAnalysis, unpackAnalysis } from '../../../src/core/analysis-wire';
import { engineFor } from '../../../src/core/bundled-engine';
import { getBundledDataset } from '../../../src/data/dataset';

const statement = (repeat: number) => ({
  url: 'https://www.ibm.com/policy/facial-recognition',
  title: 'IBM and facial recognition',
  text:
    'IBM facial recognition technology and human rights. IBM no longer offers general purpose facial recognition software.\n' +
    'We will act responsibly and, where appropriate, take appropriate steps in due course. We strive to be fair.\n'.repeat(repeat),
});

describe('the packed analysis', () => {
  it('unpacks to the analysis the engine made, and takes a fraction of its JSON', () => {
    const input = statement(300);
    const analysis = engineFor(getBundledDataset()).analyse(input);
    expect(analysis.vagueTerms.length).toBeGreaterThan(1_000);
    const packed = JSON.parse(JSON.stringify(packAnalysis(analysis, input.text)));
    expect(unpackAnalysis(packed, input.text)).toEqual(analysis);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(analysis).length / 4);
  });

  it("keeps a match's text where it is not the page text at its offset, and a term's matches of two categories apart", () => {
    const input = statement(1);
    const analysis = engineFor(getBundledDataset()).analyse(input);
    const [first, second] = analysis.vagueTerms;
    const odd = { ...analysis, vagueTerms: [{ ...first!, text: 'Where  appropriate' }, { ...second!, termId: first!.termId, category: 'hedge' as const }, ...analysis.vagueTerms.slice(2)] };
    if (odd.vagueTerms[1]!.category === first!.category) odd.vagueTerms[0]!.category = 'aspiration';
    const packed = JSON.parse(JSON.stringify(packAnalysis(odd, input.text)));
    expect(unpackAnalysis(packed, input.text)).toEqual(odd);
  });

  it('packs an analysis without vague terms', () => {
    const input = { url: 'https://example.org/soup', title: 'Soup', text: 'Stir the soup.' };
    const analysis = engineFor(getBundledDataset()).analyse(input);
    expect(unpackAnalysis(packAnalysis(analysis, input.text), input.text)).toEqual(analysis);
  });
});
