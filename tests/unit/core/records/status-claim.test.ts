import { describe, expect, it } from 'vitest';
import { getBundledDataset } from '../../../../src/data/dataset';
import { reportedByText, statusClaimText } from '../../../../src/core/records/status-claim';

const dataset = getBundledDataset();
const record = (id: string) => dataset.commitments.find((c) => c.id === id)!;

describe('a status as a dated claim, in the bundled dataset', () => {
  it('says as of when and on whose evidence a status holds', () => {
    expect(statusClaimText(dataset, record('amazon-2020-rekognition-police-moratorium'))).toBe('in force as of 2021-05-18 (Reuters)');
  });

  it('says since when nothing was checked', () => {
    expect(statusClaimText(dataset, record('ibm-2020-national-dialogue-on-police-use'))).toBe('status not checked since 2020-06-08');
  });

  it('names the reporter of a third party’s words, and nobody for the company’s own', () => {
    expect(reportedByText(dataset, record('cisco-human-rights-advisory-committee'))).toBe('reported by UN Human Rights B-Tech Project, 2022');
    expect(reportedByText(dataset, record('ibm-2020-sunset-general-purpose-facial-recognition'))).toBeNull();
  });
});
