import { describe, expect, it } from 'vitest';
import { draft, freshDb } from './helpers';
import { parseFlagsFile } from '../../../src/flags/model/flags-import';
import { exportJsonText } from '../../../src/flags/model/flags-export';
import { importFlags } from '../../../src/flags/store/flags-import-store';
import { clearFlags, editFlag, listFlags, saveFlag } from '../../../src/flags/store/flags-store';
import { readFileSync } from 'node:fs';

const mixedFile = readFileSync(new URL('../../fixtures/flags/mixed-good-and-bad.json', import.meta.url), 'utf8');

describe('parseFlagsFile', () => {
  it('refuses what is not a flags file at all, saying why', () => {
    expect(parseFlagsFile('{"format":')).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseFlagsFile('{"format":"other","version":1,"exportedAt":"2026-01-01T00:00:00Z","flags":[]}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not a Pledgewatch flags file/),
    });
    expect(parseFlagsFile('{"format":"pledgewatch-flags","version":9,"exportedAt":"2026-01-01T00:00:00Z","flags":[]}')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/unsupported version/),
    });
  });

  it('reports each bad record by position and reason and keeps the good ones', () => {
    const parsed = parseFlagsFile(mixedFile);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.records.map((r) => r.position)).toEqual([1, 3, 6]);
    expect(parsed.problems.map((p) => [p.position, p.id])).toEqual([
      [2, '22222222-2222-4222-8222-222222222222'],
      [4, null],
      [5, '55555555-5555-4555-8555-555555555555'],
      [7, '11111111-1111-4111-8111-111111111111'],
    ]);
    const reasons = parsed.problems.map((p) => p.reason);
    expect(reasons[0]).toMatch(/url/);
    expect(reasons[0]).toMatch(/http\(s\) address/);
    expect(reasons[1]).toMatch(/id/);
    expect(reasons[2]).toMatch(/category/);
    expect(reasons[3]).toBe('same id as record 1');
  });
});

describe('importFlags', () => {
  it('imports the good records of a mixed file and reports the bad ones', async () => {
    const db = await freshDb();
    const parsed = parseFlagsFile(mixedFile);
    if (!parsed.ok) throw new Error(parsed.error);
    const report = await importFlags(db, parsed);
    expect(report).toMatchObject({ added: 3, updated: 0, kept: [] });
    expect(report.problems.map((p) => p.position)).toEqual([2, 4, 5, 7]);
    const { flags } = await listFlags(db);
    expect(flags.map((f) => f.id).sort()).toEqual([
      '11111111-1111-4111-8111-111111111111',
      '33333333-3333-4333-8333-333333333333',
      '66666666-6666-4666-8666-666666666666',
    ]);
    // "sent" in the file stays sent (the project has it); anything else is local, nothing is sent by an import.
    expect(Object.fromEntries(flags.map((f) => [f.id.slice(0, 1), f.submission.state]))).toEqual({ '1': 'local', '3': 'sent', '6': 'local' });
    db.close();
  });

  it('round-trips: export, clear, import gives the same flags back', async () => {
    const db = await freshDb();
    await saveFlag(db, draft(), { submit: false });
    await saveFlag(db, draft({ quote: 'Line one,\n"line two"', category: 'other', relatedIds: ['ibm'] }), { submit: false });
    const before = (await listFlags(db)).flags;
    const text = exportJsonText(before, new Date());
    await clearFlags(db);
    const parsed = parseFlagsFile(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importFlags(db, parsed)).toMatchObject({ added: 2, problems: [] });
    expect((await listFlags(db)).flags).toEqual(before);
    db.close();
  });

  it('merges by id and never lets an older file overwrite a newer local edit', async () => {
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft({ note: 'original' }), { submit: false });
    const oldExport = exportJsonText([flag], new Date());
    const edited = await editFlag(db, flag.id, { note: 'newer local edit' });
    const newerExport = exportJsonText([{ ...edited, note: 'from a newer file', updatedAt: new Date(Date.parse(edited.updatedAt) + 60_000).toISOString() }], new Date());

    const older = parseFlagsFile(oldExport);
    if (!older.ok) throw new Error(older.error);
    expect(await importFlags(db, older)).toMatchObject({ added: 0, updated: 0, kept: [{ position: 1, id: flag.id }] });
    expect((await listFlags(db)).flags[0]!.note).toBe('newer local edit');

    const newer = parseFlagsFile(newerExport);
    if (!newer.ok) throw new Error(newer.error);
    expect(await importFlags(db, newer)).toMatchObject({ added: 0, updated: 1 });
    expect((await listFlags(db)).flags.map((f) => f.note)).toEqual(['from a newer file']);
    db.close();
  });

  it('a file flag with another id but the same URL + quote merges into the local flag (no duplicate)', async () => {
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft({ note: 'mine' }), { submit: false });
    const theirs = { ...flag, id: '99999999-9999-4999-8999-999999999999', note: 'theirs', updatedAt: new Date(Date.parse(flag.updatedAt) + 1000).toISOString() };
    const parsed = parseFlagsFile(exportJsonText([theirs], new Date()));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importFlags(db, parsed)).toMatchObject({ updated: 1 });
    const { flags } = await listFlags(db);
    expect(flags.map((f) => [f.id, f.note])).toEqual([[flag.id, 'theirs']]);
    db.close();
  });

  it('a newer copy of a flag already sent is queued again, so the project gets the new text (issue 13, row 14)', async () => {
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft({ note: 'sent text' }), { submit: true });
    await db.put('flags', { ...flag, submission: { state: 'sent', sentAt: flag.updatedAt, remoteId: 'r1', reviewStatus: 'received' } });
    const newer = { ...flag, note: 'newer text from another browser', updatedAt: new Date(Date.parse(flag.updatedAt) + 60_000).toISOString() };
    const parsed = parseFlagsFile(exportJsonText([newer], new Date()));
    if (!parsed.ok) throw new Error(parsed.error);
    const now = new Date(Date.parse(flag.updatedAt) + 120_000);
    expect(await importFlags(db, parsed, now)).toMatchObject({ updated: 1 });
    const [stored] = (await listFlags(db)).flags;
    expect(stored).toMatchObject({ note: 'newer text from another browser', submission: { state: 'queued', dueAt: now.getTime() } });
    db.close();
  });

  it('a local flag stays local when a newer copy is imported', async () => {
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft({ note: 'mine' }), { submit: false });
    const parsed = parseFlagsFile(exportJsonText([{ ...flag, note: 'newer', updatedAt: new Date(Date.parse(flag.updatedAt) + 1000).toISOString() }], new Date()));
    if (!parsed.ok) throw new Error(parsed.error);
    await importFlags(db, parsed);
    expect((await listFlags(db)).flags[0]!.submission).toEqual({ state: 'local' });
    db.close();
  });
});

describe('times in the future (issue 13, row 15)', () => {
  it('a record updated in 9999 is refused with the reason, the others import', async () => {
    const db = await freshDb();
    const { flag } = await saveFlag(db, draft(), { submit: false });
    const other = (await saveFlag(db, draft({ quote: 'another passage' }), { submit: false })).flag;
    const file = exportJsonText([{ ...flag, note: 'forever newest', updatedAt: '9999-12-31T23:59:59.000Z' }, other], new Date());
    await clearFlags(db);
    const parsed = parseFlagsFile(file);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.problems).toEqual([{ position: 1, id: flag.id, reason: expect.stringMatching(/updatedAt 9999-12-31T23:59:59.000Z is in the future/) }]);
    expect(await importFlags(db, parsed)).toMatchObject({ added: 1, problems: [{ position: 1 }] });
    expect((await listFlags(db)).flags.map((f) => f.id)).toEqual([other.id]);
    db.close();
  });

  it('a few minutes of clock difference between machines is accepted', () => {
    const now = new Date('2026-03-01T12:00:00.000Z');
    const text = exportJsonText([{ ...draft(), id: '00000000-0000-4000-8000-000000000009', key: 'k', createdAt: '2026-03-01T12:04:00.000Z', updatedAt: '2026-03-01T12:04:00.000Z', submission: { state: 'local' } }], now);
    const parsed = parseFlagsFile(text, now);
    expect(parsed).toMatchObject({ ok: true, problems: [] });
  });
});
