import type { Organisation, OrganisationChange, User } from '@malbild/shared';
import type { Db } from './connection';

// The organisation's settings (one row): the municipality code Kolada knows it by.
export function createOrganisationQueries(db: Db) {
  const get = db.prepare<[], Organisation>(
    'SELECT municipality_code AS municipalityCode, version FROM organisation WHERE id = 1',
  );
  const update = db.prepare<{ municipalityCode: string | null; version: number; user: string }>(
    `UPDATE organisation SET municipality_code = :municipalityCode, version = version + 1,
       updated_by = :user, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
     WHERE id = 1 AND version = :version`,
  );

  return {
    get: (): Organisation => get.get()!,
    /** A stale version changes nothing: the caller answers 409 with the current settings. */
    change(edit: OrganisationChange, user: User) {
      const changed = update.run({ ...edit, user: user.username }).changes === 1;
      return { changed, current: get.get()! };
    },
  };
}
