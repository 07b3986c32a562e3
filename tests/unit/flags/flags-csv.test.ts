import { describe, expect, it } from 'vitest';
import { csvField, flagsToCsv, spreadsheetSafe } from '../../../src/flags/model/flags-csv';
import type { Flag } from '../../../src/flags/model/flag-schema';

const flag: Flag = {
  id: '00000000-0000-4000-8000-000000000001',
  key: 'k',
  url: 'https://example.com/a?b=1,2',
  title: 'Plain title',
  companyId: null,
  companyName: 'Acme, Inc.',
  quote: 'We said "never", then,\nsold it\r\nanyway',
  category: 'vague-claim',
  relatedIds: ['a-1', 'b-2'],
  note: '',
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:06.000Z',
  textHash: null,
  submission: { state: 'failed', reason: 'HTTP 503, "busy"', attempts: 1, failedAt: '2026-01-02T03:04:07.000Z', dueAt: 1 },
};

describe('CSV (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
  ])('field %j becomes %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes a header and one CRLF-terminated record per flag, quoting only where needed', () => {
    const csv = flagsToCsv([flag]);
    const [header, record, rest] = csv.split('\r\n');
    expect(header).toBe('id,url,title,companyId,companyName,category,quote,note,relatedIds,createdAt,updatedAt,textHash,state,reviewStatus,failureReason');
    // The quote's own CRLF sits inside a quoted field, so splitting on CRLF cuts the record there.
    expect(record).toBe(
      '00000000-0000-4000-8000-000000000001,"https://example.com/a?b=1,2",Plain title,,"Acme, Inc.",vague-claim,"We said ""never"", then,\nsold it',
    );
    expect(rest).toBe('anyway",,a-1 b-2,2026-01-02T03:04:05.000Z,2026-01-02T03:04:06.000Z,,failed,,"HTTP 503, ""busy"""');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('an empty list is just the header', () => {
    expect(flagsToCsv([]).split('\r\n')).toHaveLength(2);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['a = b', 'a = b'],
    ['2020-06-08', '2020-06-08'],
  ])('page text %j is written as %j so a spreadsheet does not evaluate it', (value, expected) => {
    expect(spreadsheetSafe(value)).toBe(expected);
  });

  it("escapes a hostile page title in the CSV but not the record's other fields", () => {
    const csv = flagsToCsv([{ ...flag, title: '=cmd|"/c calc"!A1' }]);
    const record = csv.split('\r\n')[1]!;
    expect(record).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(record.startsWith(flag.id + ',"https://example.com/a?b=1,2",')).toBe(true);
  });

  it('neutralises every text cell, the endpoint\'s review status and failure reason included (issue 13, row 16)', () => {
    const plain = { ...flag, quote: 'one line', note: '', companyName: 'Acme' };
    const sent = { ...plain, submission: { state: 'sent' as const, sentAt: '2026-03-01T12:00:00.000Z', remoteId: null, reviewStatus: '=HYPERLINK("https://evil.example","ok")' } };
    const failed = { ...plain, submission: { state: 'failed' as const, reason: '+1+cmd', attempts: 1, failedAt: '2026-03-01T12:00:00.000Z', dueAt: null } };
    const [, sentRow, failedRow] = flagsToCsv([sent, failed]).split('\r\n');
    expect(sentRow).toContain(`"'=HYPERLINK(""https://evil.example"",""ok"")"`);
    expect(failedRow!.endsWith(",'+1+cmd")).toBe(true);
    for (const row of [sentRow!, failedRow!])
      for (const cell of row.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"/, '')))
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
