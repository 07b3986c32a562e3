// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '../../support/mount-preact';
import { getBundledDataset } from '../../../src/data/dataset';
import { DatasetChangelog } from '../../../src/ui/dataset/DatasetChangelog';
import { mini } from '../../fixtures/popup/mini-dataset';


describe('the dataset browser’s changelog', () => {
  it('lists every version of the bundled dataset, this one first, with what it changed', () => {
    const dataset = getBundledDataset();
    const el = mount(<DatasetChangelog dataset={dataset} />);
    const versions = [...el.querySelectorAll('[data-pw-changelog-version]')].map((e) => e.getAttribute('data-pw-changelog-version'));
    expect(versions[0]).toBe(dataset.meta.version);
    expect(versions).toEqual(expect.arrayContaining(['2.0.0', '1.0.0']));
    const newest = el.querySelector(`[data-pw-changelog-version="${dataset.meta.version}"]`)!;
    expect(newest.querySelectorAll('ul > li')).toHaveLength(dataset.meta.changelog[0]!.changes.length);
    expect(el.querySelector('[data-pw-changelog-version="2.0.0"]')?.textContent).toContain('reported practices');
  });

  it('says so when a dataset records no changes', () => {
    expect(mount(<DatasetChangelog dataset={mini} />).textContent).toBe('No changes are recorded for this version.');
  });
});
