// @vitest-environment happy-dom
// The card's source line: a reader sees when the source is from — the date its page bears, or for a
// page that bears none the day it was read — as the background's details carry it.
import { describe, expect, it } from 'vitest';
import { mount } from '../../support/mount-preact';
import { pageDetailsFor } from '../../../src/core/page-details';
import { SourceLine } from '../../../src/content/ui/ExplainCard';
import { mini } from '../../fixtures/popup/mini-dataset';


const details = pageDetailsFor(mini, { terms: [], commitmentIds: ['examplecorp-2020-sunset', 'othercorp-2021-pause'], companyIds: [] }, new Date('2026-02-01'));

describe('the card’s source line', () => {
  it('shows the date the source page bears', () => {
    const el = mount(<SourceLine source={details.commitments['examplecorp-2020-sunset']!.source} />);
    expect(el.textContent).toBe('Letter on cameras, Examplecorp, 2020-06-08');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('https://example.com/letter');
  });

  it('says an undated page is undated and when it was read, never a made-up date', () => {
    const source = details.commitments['othercorp-2021-pause']!.source;
    expect(source).toMatchObject({ date: null, readOn: '2026-01-10' });
    const el = mount(<SourceLine source={source} />);
    expect(el.textContent).toBe('Rights report, Auditors, undated page; read on 2026-01-10');
  });
});
