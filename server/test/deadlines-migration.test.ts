import { describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import { createUserQueries } from '../src/db/users';
import { createTableDigest } from './support/db-checksum';
import { seedAtSchemaBefore } from './support/schema-before';

describe('the deadlines migration', () => {
  it('keeps every row of a database at the schema before it; accounts get no e-mail address', () => {
    const { db, migrations, at } = seedAtSchemaBefore('-deadlines.sql', (source) =>
      source.exec(`
        INSERT INTO users (username, display_name, password_hash) VALUES ('anna', 'Anna', 'x');
        INSERT INTO user_roles (user_id, role) VALUES (1, 'controller');
        INSERT INTO user_units (user_id, unit_code) VALUES (1, 'SOU');`),
    );
    expect(at).toBeGreaterThan(0);
    const before = createTableDigest(db)();

    migrate(db, migrations.slice(0, at + 1));
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
