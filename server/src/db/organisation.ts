import { createHash } from 'node:crypto';
import type { Organisation, OrganisationChange, User } from '@malbild/shared';
import { expectVersion } from './conflict';
import type { Db } from './connection';

export const LOGO_PATH = '/api/organisation/logo';

export interface Logo {
  type: string;
  bytes: Buffer;
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

// The organisation's profile (one row): name, kommunkod, contact, open-data licence, the
// accessibility statement and the logo. The logo's address carries its digest, so it changes
// with every new logo and can be cached for good.
export function createOrganisationQueries(db: Db) {
  const get = db.prepare<[], Organisation>(
    `SELECT name, municipality_code AS municipalityCode, contact_email AS contactEmail,
       contact_phone AS contactPhone, web_address AS webAddress, licence,
       accessibility_statement AS accessibilityStatement,
       CASE WHEN logo IS NULL THEN NULL ELSE '${LOGO_PATH}?v=' || logo_digest END AS logoUrl, version
     FROM organisation WHERE id = 1`,
  );
  const update = db.prepare<Organisation & { user: string }>(
    `UPDATE organisation SET name = :name, municipality_code = :municipalityCode,
       contact_email = :contactEmail, contact_phone = :contactPhone, web_address = :webAddress,
       licence = :licence, accessibility_statement = :accessibilityStatement,
       version = version + 1, updated_by = :user, updated_at = ${NOW}
     WHERE id = 1 AND version = :version`,
  );
  const logo = db.prepare<[], { type: string | null; bytes: Buffer | null }>(
    'SELECT logo_type AS type, logo AS bytes FROM organisation WHERE id = 1',
  );
  const setLogo = db.prepare<{
    type: string | null;
    bytes: Buffer | null;
    digest: string | null;
    user: string;
  }>(
    `UPDATE organisation SET logo = :bytes, logo_type = :type, logo_digest = :digest,
       version = version + 1,
       updated_by = :user, updated_at = ${NOW}
     WHERE id = 1`,
  );

  const change = db.transaction((edit: OrganisationChange, user: User): Organisation => {
    const stored = get.get()!;
    expectVersion('organisation', stored, edit.version);
    update.run({ ...stored, ...edit, user: user.username });
    return get.get()!;
  });

  const replaceLogo = db.transaction(
    (next: Logo | null, version: number, user: User): Organisation => {
      expectVersion('organisation', get.get()!, version);
      setLogo.run({
        type: next?.type ?? null,
        bytes: next?.bytes ?? null,
        digest: next && createHash('sha256').update(next.bytes).digest('base64url').slice(0, 16),
        user: user.username,
      });
      return get.get()!;
    },
  );

  return {
    get: (): Organisation => get.get()!,
    /** IMMEDIATE: reads the version before writing; a stale one is a ConflictError. */
    change: (edit: OrganisationChange, user: User) => change.immediate(edit, user),
    /** A new logo, or none (null); versioned like the profile. */
    replaceLogo: (next: Logo | null, version: number, user: User) =>
      replaceLogo.immediate(next, version, user),
    logo: (): Logo | undefined => {
      const row = logo.get()!;
      return row.type && row.bytes ? { type: row.type, bytes: row.bytes } : undefined;
    },
  };
}
