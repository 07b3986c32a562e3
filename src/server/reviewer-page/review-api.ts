/** The reviewer page's calls to the server's API (same origin; the token lives in sessionStorage). */
import type { ReviewState } from '../../flags/model/review-sync';
import type { FlagDetail, QueueItem } from '../review-store';

export type Filters = { state: string; category: string; company: string; from: string; to: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function api(token: string) {
  async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    const res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
      redirect: 'error',
    });
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    if (!res.ok) throw new ApiError(res.status, body.message ?? `HTTP ${res.status}`);
    return body as T;
  }
  return {
    me: () => call<{ name: string; role: string }>('/api/me'),
    queue: (f: Filters) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
      q.set('limit', '200');
      return call<{ items: QueueItem[]; next: number | null }>(`/api/review/queue?${q}`);
    },
    detail: (flagId: string) => call<FlagDetail>(`/api/review/flags/${encodeURIComponent(flagId)}`),
    act: (flagId: string, action: Record<string, unknown>) => call<ReviewState>(`/api/review/flags/${encodeURIComponent(flagId)}/actions`, { method: 'POST', body: action }),
    note: (flagId: string, text: string) => call<{ added: boolean }>(`/api/review/flags/${encodeURIComponent(flagId)}/notes`, { method: 'POST', body: { text } }),
  };
}
export type Api = ReturnType<typeof api>;
