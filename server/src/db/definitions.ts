import type { DefinitionChange, StoredDefinition, User } from '@malbild/shared';
import { httpErrors } from '@fastify/sensible';
import { expectVersion } from './conflict';
import type { Db } from './connection';

// Measure definitions (name, källa, kategori, unit, scale, direction, decimals, Kolada id, the
// sammankallande unit) as
// controllers keep them; every change is versioned and leaves a history row.

export type { StoredDefinition };

const COLUMNS = {
  name: 'name',
  statement: 'statement',
  dataSource: 'data_source',
  category: 'category',
  unit: 'unit',
  scaleMin: 'scale_min',
  scaleMax: 'scale_max',
  direction: 'direction',
  decimals: 'decimals',
  koladaKpi: 'kolada_kpi',
  responsibleUnit: 'responsible_unit',
} as const satisfies Partial<Record<keyof StoredDefinition, string>>;
type EditableField = keyof typeof COLUMNS;

export function createDefinitionQueries(db: Db) {
  const get = db.prepare<[number, number], StoredDefinition>(
    `SELECT id, number, name, statement, data_source AS dataSource, category, unit,
       scale_min AS scaleMin, scale_max AS scaleMax, direction, decimals, kolada_kpi AS koladaKpi,
       responsible_unit AS responsibleUnit, version
     FROM measures WHERE period_id = ? AND number = ?`,
  );
  const assignments = Object.entries(COLUMNS)
    .map(([field, column]) => `${column} = :${field}`)
    .join(', ');
  const update = db.prepare(
    `UPDATE measures SET ${assignments}, version = version + 1 WHERE id = :id AND version = :version`,
  );
  const insertHistory = db.prepare(
    `INSERT INTO value_history (kind, measure_id, year, old_state, new_state, changed_by, reason)
     VALUES ('definition', :measureId, NULL, :oldState, :newState, :changedBy, :reason)`,
  );

  const change = db.transaction(
    (periodId: number, number: number, edit: DefinitionChange, user: User): StoredDefinition => {
      const stored = get.get(periodId, number);
      if (!stored) throw httpErrors.notFound(`Resultatmått ${number} finns inte`);
      expectVersion('definition', stored, edit.version);
      const fields = (Object.keys(COLUMNS) as EditableField[]).filter(
        (field) => edit[field] !== undefined && edit[field] !== stored[field],
      );
      if (fields.length === 0) return stored;
      const next = { ...stored, ...Object.fromEntries(fields.map((f) => [f, edit[f]])) };
      update.run({
        ...pick(next, Object.keys(COLUMNS) as EditableField[]),
        id: stored.id,
        version: stored.version,
      });
      insertHistory.run({
        measureId: stored.id,
        oldState: JSON.stringify(pick(stored, fields)),
        newState: JSON.stringify(pick(next, fields)),
        changedBy: user.username,
        reason: edit.reason ?? null,
      });
      return get.get(periodId, number)!;
    },
  );

  return {
    get: (periodId: number, number: number) => get.get(periodId, number),
    /** IMMEDIATE: reads the version before writing; a stale one is a ConflictError. */
    change: (periodId: number, number: number, edit: DefinitionChange, user: User) =>
      change.immediate(periodId, number, edit, user),
  };
}

function pick<T extends object, K extends keyof T>(object: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, object[key]])) as Pick<T, K>;
}
