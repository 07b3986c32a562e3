import { randomUUID } from 'node:crypto';
import type { FlagContent } from '../../src/flags/model/flag-schema';
import { getBundledDataset } from '../../src/data/dataset';
import { createApp } from '../../src/server/app';
import type { Database } from '../../src/server/database';
import { addMember, type Role } from '../../src/server/members';

export function flagContent(over: Partial<FlagContent> = {}): FlagContent {
  return {
    id: randomUUID(),
    url: 'https://newsroom.example.com/statement',
    title: 'A statement',
    companyId: 'ibm',
    companyName: 'IBM',
    quote: `A passage ${randomUUID()}`,
    category: 'vague-claim',
    relatedIds: ['edri-2020-ibm-q8'],
    note: 'Reader note',
    createdAt: '2026-11-23T10:14:40.001Z',
    updatedAt: '2026-11-23T10:15:01.532Z',
    textHash: null,
    ...over,
  };
}

export function submission(flag: FlagContent, version: unknown = 2) {
  return { format: 'pledgewatch-flag-submission', version, submittedAt: '2026-11-23T10:15:02.120Z', flag };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** The app over `db` with a contributor, a second contributor and a reviewer, and request helpers. */
export async function testApp(db: Database, opts: { rateLimitPerMinute?: number; rateLimitWindowSeconds?: number } = {}) {
  const app = createApp({ db, dataset: getBundledDataset(), ...opts });
  const token = async (name: string, role: Role) => (await addMember(db, name, role)).token;
  const tokens = { reader: await token('reader', 'contributor'), other: await token('other', 'contributor'), reviewer: await token('rev', 'reviewer'), reviewer2: await token('rev2', 'reviewer') };
  const request = (path: string, init: { method?: string; token?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (init.token !== null) headers['authorization'] = `Bearer ${init.token ?? tokens.reader}`;
    let body: string | undefined = init.raw;
    if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
    return app.request(path, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body });
  };
  const submit = (flag: FlagContent, token = tokens.reader) =>
    request('/api/flags', { body: submission(flag), token, headers: { 'idempotency-key': `${flag.id}@${flag.updatedAt}` } });
  const act = (flagId: string, action: Record<string, unknown>, token = tokens.reviewer) => request(`/api/review/flags/${flagId}/actions`, { body: action, token });
  return { app, tokens, request, submit, act };
}
