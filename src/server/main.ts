/**
 * `npm run server` — the project database server.
 *
 *   npm run server                                   serve (PORT, default 8787; HOST, default 127.0.0.1)
 *   npm run server -- member add NAME --role contributor|reviewer|admin   prints the token alone on its last line
 *   npm run server -- member revoke NAME
 *   npm run server -- member list
 *
 * Storage: PostgreSQL when DATABASE_URL is set, else embedded PostgreSQL (PGlite) in SERVER_DATA_DIR
 * (default ./.pledgewatch-server). Migrations run at every start.
 *
 * Why Hono rather than Fastify: it is small, its handlers take and return the web-standard
 * Request/Response (the same objects the extension's fetch uses), and tests call `app.request()`
 * without opening a socket; @hono/node-server adapts it to Node's http module.
 */
import { serve, type ServerType } from '@hono/node-server';
import { parseArgs } from 'node:util';
import { getBundledDataset } from '../data/dataset';
import { createApp } from './app';
import { openDatabase, type Database } from './database';
import { addMember, listMembers, revokeMember, Role } from './members';
import { migrate } from './migrations';
import { buildReviewerPage } from './reviewer-page/build';

function fail(message: string, code = 2): never {
  console.error(`server: ${message}`);
  process.exit(code);
}

async function open(): Promise<Database> {
  const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined });
  try {
    const { applied } = await migrate(db);
    if (applied.length) console.error(`server: applied migration(s) ${applied.join(', ')}`);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

async function memberCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { role: { type: 'string' } } });
  const [verb, name] = positionals;
  const db = await open();
  try {
    if (verb === 'add' && name) {
      const role = Role.safeParse(values.role ?? 'contributor');
      if (!role.success) fail('--role must be contributor, reviewer or admin');
      const { member, token } = await addMember(db, name, role.data);
      console.log(`Member ${member.name} (${member.role}) added. Their token, shown only now:`);
      console.log(token);
    } else if (verb === 'revoke' && name) {
      if (!(await revokeMember(db, name))) fail(`no active member named ${name}`, 1);
      console.log(`Member ${name} revoked: their token no longer works.`);
    } else if (verb === 'list') {
      for (const m of await listMembers(db)) console.log(`${m.name}\t${m.role}${m.revoked ? '\trevoked' : ''}`);
    } else {
      fail('usage: npm run server -- member add NAME --role contributor|reviewer|admin | member revoke NAME | member list');
    }
  } catch (e) {
    fail((e as Error).message, 1);
  } finally {
    await db.close();
  }
}

async function serveCommand(): Promise<void> {
  const port = Number(process.env.PORT ?? 8787);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not ${process.env.PORT}`);
  const rateLimit = Number(process.env.RATE_LIMIT_PER_MINUTE ?? 600);
  if (!Number.isInteger(rateLimit) || rateLimit < 1) fail('RATE_LIMIT_PER_MINUTE must be a positive whole number');
  const db = await open();
  const reviewerPage = await buildReviewerPage();
  const app = createApp({ db, dataset: getBundledDataset(), rateLimitPerMinute: rateLimit, reviewerPage });
  const server: ServerType = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
    const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    console.log(`Pledgewatch server (${db.engine}) listening on http://${shown}:${info.port} — flags endpoint http://${shown}:${info.port}/api/flags, reviewer page http://${shown}:${info.port}/review/`);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close(() => void db.close().finally(() => process.exit(0)));
    // Idle keep-alive connections would hold close() open.
    (server as { closeAllConnections?: () => void }).closeAllConnections?.();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'member') await memberCommand(rest);
  else if (command === undefined || command === 'serve') await serveCommand();
  else fail(`unknown command ${command}; see src/server/main.ts`);
} catch (e) {
  fail((e as Error).message, 1);
}
