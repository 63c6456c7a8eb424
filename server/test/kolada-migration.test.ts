import { describe, expect, it } from 'vitest';
import { migrate } from '../src/db/migrate';
import { createTableDigest } from './support/db-checksum';
import { seedAtSchemaBefore } from './support/schema-before';

describe('the migration to Kolada comparisons', () => {
  it('adds its tables and keeps every row of a database at the schema before it', () => {
    const { db, migrations, at } = seedAtSchemaBefore('-kolada-comparisons.sql', (source) =>
      source.exec(`INSERT INTO users (username, display_name, password_hash) VALUES ('anna', 'Anna', 'scrypt$x');
      UPDATE organisation SET municipality_code = '2085';
      INSERT INTO audit_log (actor, action, subject) VALUES ('anna', 'sign_in', 'anna');`),
    );
    const before = createTableDigest(db)();

    expect(migrate(db, migrations.slice(0, at + 1))).toEqual([migrations[at]!.name]);
    const after = createTableDigest(db)();
    expect(Object.keys(after).filter((table) => !(table in before))).toEqual([
      'kolada_settings',
      'kolada_values',
    ]);
    for (const table of Object.keys(before)) expect(after[table], table).toBe(before[table]);
    expect(db.prepare('SELECT id, group_id, version FROM kolada_settings').all()).toEqual([
      { id: 1, group_id: null, version: 1 },
    ]);
    db.close();
  });
});
