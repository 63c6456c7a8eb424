import type { KoladaPlaceValue } from '../kolada/client';
import { expectVersion } from './conflict';
import type { Db } from './connection';

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** A Kolada municipality group: chosen by an administrator, or found for the kommunkod. */
export interface KoladaGroup {
  id: string;
  title: string;
}

export interface KoladaSettingsRow {
  /** The administrator's choice; null = Kolada's similar municipalities for the kommunkod. */
  chosenGroup: KoladaGroup | null;
  /** The group found for `resolvedFor` (a kommunkod) by the last refresh, when none is chosen. */
  resolvedGroup: KoladaGroup | null;
  resolvedFor: string | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  version: number;
}

export interface StoredKoladaValue {
  municipality: string;
  year: number;
  value: number | null;
  members: number | null;
  fetchedAt: string;
}

type SettingsColumns = {
  groupId: string | null;
  groupTitle: string | null;
  resolvedGroupId: string | null;
  resolvedGroupTitle: string | null;
} & Omit<KoladaSettingsRow, 'chosenGroup' | 'resolvedGroup'>;

const group = (id: string | null, title: string | null): KoladaGroup | null =>
  id === null ? null : { id, title: title ?? id };

// Kolada's figures for the comparison (the country and a group) per KPI, each with the time it
// was fetched, and the comparison's one row of settings and refresh state (migration 014).
export function createKoladaQueries(db: Db) {
  const settings = db.prepare<[], SettingsColumns>(
    `SELECT group_id AS groupId, group_title AS groupTitle, resolved_group_id AS resolvedGroupId,
       resolved_group_title AS resolvedGroupTitle, resolved_for AS resolvedFor,
       last_attempt_at AS lastAttemptAt, last_success_at AS lastSuccessAt, last_error AS lastError,
       version
     FROM kolada_settings WHERE id = 1`,
  );
  const choose = db.prepare<{ id: string | null; title: string | null; user: string }>(
    `UPDATE kolada_settings SET group_id = :id, group_title = :title, version = version + 1,
       updated_by = :user, updated_at = ${NOW}
     WHERE id = 1`,
  );
  const resolve = db.prepare<{ id: string | null; title: string | null; code: string | null }>(
    `UPDATE kolada_settings SET resolved_group_id = :id, resolved_group_title = :title,
       resolved_for = :code WHERE id = 1`,
  );
  const attempt = db.prepare<{ at: string }>(
    'UPDATE kolada_settings SET last_attempt_at = :at WHERE id = 1',
  );
  const finish = db.prepare<{ at: string | null; error: string | null }>(
    `UPDATE kolada_settings SET last_error = :error,
       last_success_at = coalesce(:at, last_success_at) WHERE id = 1`,
  );
  const removeValues = db.prepare<{ kpi: string; municipality: string }>(
    'DELETE FROM kolada_values WHERE kpi = :kpi AND municipality = :municipality',
  );
  const insertValue = db.prepare<{
    kpi: string;
    municipality: string;
    year: number;
    value: number | null;
    members: number | null;
    fetchedAt: string;
  }>(
    `INSERT INTO kolada_values (kpi, municipality, year, value, members, fetched_at)
     VALUES (:kpi, :municipality, :year, :value, :members, :fetchedAt)`,
  );
  const values = db.prepare<{ kpi: string; municipality: string }, StoredKoladaValue>(
    `SELECT municipality, year, value, members, fetched_at AS fetchedAt FROM kolada_values
     WHERE kpi = :kpi AND municipality = :municipality ORDER BY year`,
  );

  const kpis = db
    .prepare<[], string>(
      `SELECT DISTINCT kolada_kpi FROM measures
       WHERE kolada_kpi IS NOT NULL AND retired_at IS NULL ORDER BY kolada_kpi`,
    )
    .pluck();

  const readSettings = (): KoladaSettingsRow => {
    const row = settings.get()!;
    return {
      chosenGroup: group(row.groupId, row.groupTitle),
      resolvedGroup: group(row.resolvedGroupId, row.resolvedGroupTitle),
      resolvedFor: row.resolvedFor,
      lastAttemptAt: row.lastAttemptAt,
      lastSuccessAt: row.lastSuccessAt,
      lastError: row.lastError,
      version: row.version,
    };
  };

  const chooseGroup = db.transaction(
    (chosen: KoladaGroup | null, version: number, user: string): KoladaSettingsRow => {
      expectVersion('koladaSettings', readSettings(), version);
      choose.run({ id: chosen?.id ?? null, title: chosen?.title ?? null, user });
      return readSettings();
    },
  );

  /** What one fetch of a KPI found replaces what was stored of it for those places. */
  const replace = db.transaction(
    (kpi: string, places: string[], found: KoladaPlaceValue[], fetchedAt: string) => {
      for (const municipality of places) removeValues.run({ kpi, municipality });
      for (const v of found) insertValue.run({ kpi, ...v, fetchedAt });
    },
  );

  return {
    settings: readSettings,
    /** The comparison's group for the kommunkod: the chosen one, or the one found for it. */
    group: (municipalityCode: string | null): KoladaGroup | null => {
      const row = readSettings();
      if (row.chosenGroup) return row.chosenGroup;
      return row.resolvedFor === municipalityCode ? row.resolvedGroup : null;
    },
    /** The KPI ids of every measure still in use, in any period: what a refresh fetches. */
    kpis: () => kpis.all(),
    /** IMMEDIATE: reads the version first; a stale one is a ConflictError (409). */
    chooseGroup: (chosen: KoladaGroup | null, version: number, user: string) =>
      chooseGroup.immediate(chosen, version, user),
    resolveGroup: (found: KoladaGroup | null, code: string | null) =>
      resolve.run({ id: found?.id ?? null, title: found?.title ?? null, code }),
    startAttempt: (at: string) => attempt.run({ at }),
    /** A run's end: its time when everything was fetched, else why not (the last good time stays). */
    finishAttempt: (result: { succeededAt: string } | { error: string }) =>
      finish.run(
        'error' in result
          ? { at: null, error: result.error }
          : { at: result.succeededAt, error: null },
      ),
    replaceValues: (kpi: string, places: string[], found: KoladaPlaceValue[], fetchedAt: string) =>
      replace.immediate(kpi, places, found, fetchedAt),
    values: (kpi: string, municipality: string) => values.all({ kpi, municipality }),
  };
}
