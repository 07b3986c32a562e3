/**
 * Members and their tokens. A token is 32 random bytes, shown once when the member is added; only
 * its SHA-256 is stored (a fast hash is enough for a secret with 256 bits of entropy: there is
 * nothing to guess from a leaked hash). Lookups are by hash, and the stored hash is compared again
 * in constant time so no code path compares a secret byte by byte.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Queryable } from './database';

export const Role = z.enum(['contributor', 'reviewer', 'admin']);
export type Role = z.infer<typeof Role>;

export const MemberName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/, 'a member name is 1-100 letters, digits, ".", "_", "@" or "-"');

export type Member = { id: number; name: string; role: Role };

const TOKEN_PREFIX = 'pw_';

export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function canReview(role: Role): boolean {
  return role === 'reviewer' || role === 'admin';
}

export async function addMember(db: Queryable, name: string, role: Role): Promise<{ member: Member; token: string }> {
  MemberName.parse(name);
  const token = newToken();
  const existing = await db.query<{ revoked: boolean }>('select revoked_at is not null as revoked from members where name = $1', [name]);
  if (existing[0] && !existing[0].revoked) throw new Error(`a member named ${name} exists already (revoke it first to issue a new token)`);
  // A revoked member added again keeps its row (and so its flags and history) with a new token and role.
  const rows = await db.query<Member>(
    `insert into members (name, role, token_hash) values ($1, $2, $3)
     on conflict (name) do update set role = excluded.role, token_hash = excluded.token_hash, revoked_at = null
     returning id, name, role`,
    [name, role, hashToken(token)],
  );
  return { member: rows[0]!, token };
}

export async function revokeMember(db: Queryable, name: string): Promise<boolean> {
  const rows = await db.query('update members set revoked_at = now() where name = $1 and revoked_at is null returning id', [name]);
  return rows.length === 1;
}

export async function listMembers(db: Queryable): Promise<{ name: string; role: Role; revoked: boolean }[]> {
  return db.query('select name, role, revoked_at is not null as revoked from members order by name');
}

/** The member a bearer token belongs to; null for a missing, unknown or revoked token. */
export async function memberForToken(db: Queryable, authorization: string | undefined): Promise<Member | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
  if (!match || match[1]!.length > 200) return null;
  const presented = Buffer.from(hashToken(match[1]!), 'hex');
  const rows = await db.query<Member & { token_hash: string }>(
    'select id, name, role, token_hash from members where token_hash = $1 and revoked_at is null',
    [presented.toString('hex')],
  );
  const row = rows[0];
  if (!row) return null;
  const stored = Buffer.from(row.token_hash, 'hex');
  if (stored.length !== presented.length || !timingSafeEqual(stored, presented)) return null;
  return { id: row.id, name: row.name, role: row.role };
}
