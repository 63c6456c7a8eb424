import type { Organisation, OrganisationChange, User } from '@malbild/shared';
import { expectVersion } from './conflict';
import type { Db } from './connection';

// The organisation's settings (one row): the municipality code Kolada knows it by, and its name.
export function createOrganisationQueries(db: Db) {
  const get = db.prepare<[], Organisation>(
    `SELECT municipality_code AS municipalityCode, municipality_name AS municipalityName, version
     FROM organisation WHERE id = 1`,
  );
  const update = db.prepare<{
    municipalityCode: string | null;
    municipalityName: string | null;
    version: number;
    user: string;
  }>(
    `UPDATE organisation SET municipality_code = :municipalityCode,
       municipality_name = :municipalityName, version = version + 1,
       updated_by = :user, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = 1 AND version = :version`,
  );

  const change = db.transaction((edit: OrganisationChange, user: User): Organisation => {
    const stored = get.get()!;
    expectVersion('organisation', stored, edit.version);
    update.run({
      ...edit,
      municipalityName:
        edit.municipalityName === undefined ? stored.municipalityName : edit.municipalityName,
      user: user.username,
    });
    return get.get()!;
  });

  return {
    get: (): Organisation => get.get()!,
    /** IMMEDIATE: reads the version before writing; a stale one is a ConflictError. */
    change: (edit: OrganisationChange, user: User) => change.immediate(edit, user),
  };
}
