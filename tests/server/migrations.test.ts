// Migrations: applied once, in one transaction, safe when two instances start together.
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../src/server/migrations';
import { openPostgres } from '../../src/server/database';
import { ENGINES, freshDatabase, POSTGRES_URL, type TestDatabase } from './engines';

describe.each(ENGINES)('migrations on %s', (engine) => {
  let t: TestDatabase;
  afterEach(async () => t?.drop());

  it('applies every migration once; running again applies nothing', async () => {
    t = await freshDatabase(engine, { migrate: false });
    expect((await migrate(t.db)).applied).toEqual(MIGRATIONS.map((m) => m.version));
    expect((await migrate(t.db)).applied).toEqual([]);
    const rows = await t.db.query<{ version: number }>('select version from schema_migrations order by version');
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses a database migrated by a newer server', async () => {
    t = await freshDatabase(engine);
    await t.db.query(`insert into schema_migrations (version, name) values (999, 'from the future')`);
    await expect(migrate(t.db)).rejects.toThrow(/999.*newer/);
  });
});

describe.skipIf(!POSTGRES_URL)('migrations on postgresql, two instances at once', () => {
  it('both start; each migration is applied exactly once', async () => {
    const t = await freshDatabase('postgresql', { migrate: false });
    const schema = (await t.db.query<{ s: string }>('select current_schema() as s'))[0]!.s;
    const second = openPostgres(POSTGRES_URL!, { schema });
    try {
      const results = await Promise.all([migrate(t.db), migrate(second)]);
      expect(results.flatMap((r) => r.applied).sort()).toEqual(MIGRATIONS.map((m) => m.version));
    } finally {
      await second.close();
      await t.drop();
    }
  });
});
