import { describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connection';
import { loadMigrations, migrate } from '../src/db/migrate';
import { importSeed } from '../src/db/seed-import';
import { createUserQueries } from '../src/db/users';
import { SEED_DIR } from './helpers';
import { createTableDigest } from './support/db-checksum';

describe('the deadlines migration', () => {
  it('keeps every row of a database at the schema before it; accounts get no e-mail address', async () => {
    const migrations = loadMigrations();
    const index = migrations.findIndex((m) => m.name.endsWith('-deadlines.sql'));
    expect(index).toBeGreaterThan(0);
    const db = openDatabase(':memory:');
    migrate(db, migrations.slice(0, index));
    importSeed(db, SEED_DIR);
    // The account as the schema before wrote it (the repository reads the new column).
    db.prepare(
      "INSERT INTO users (username, display_name, password_hash) VALUES ('anna', 'Anna', 'x')",
    ).run();
    db.prepare("INSERT INTO user_roles (user_id, role) VALUES (1, 'controller')").run();
    db.prepare("INSERT INTO user_units (user_id, unit_code) VALUES (1, 'SOU')").run();
    const before = createTableDigest(db)();

    migrate(db, migrations.slice(0, index + 1));
    const after = createTableDigest(db)();
    for (const table of Object.keys(before)) {
      // users gained a column, so its digest changes; its rows are compared below.
      if (table !== 'users') expect(after[table], table).toBe(before[table]);
    }
    expect(createUserQueries(db).list()).toMatchObject([
      { username: 'anna', roles: ['controller'], units: ['SOU'], disabled: false, email: null },
    ]);
    for (const table of ['deadlines', 'deadline_history', 'reminders_sent']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    db.close();
  });
});
