import type { Db } from './connection';

// What the public reads of the units' plans and follow-ups (decision 019): publishing a unit's
// plan of a year copies its activity rows as they are now into published_activities (rows
// removed since are dropped), publishing its follow-up points each activity at its newest
// follow-up. Both run inside the publishing step's transaction.

export interface PublishedSubject {
  periodId: number;
  unit: string;
  year: number;
  /** The unit's plan of the year, or its follow-up. */
  kind: 'plan' | 'follow_up';
}

/** SQL: the working activities (alias a, with measure m) of the subject's unit and year. */
const OF_UNIT = `FROM activities a JOIN measures m ON m.id = a.measure_id
  JOIN activity_units au ON au.activity_id = a.id
  WHERE au.unit_code = :unit AND a.year = :year AND m.period_id = :periodId`;

const COPIED = [
  'id',
  'measure_id',
  'year',
  'position',
  'units_raw',
  'verksamhet',
  'text',
  'antal',
  'antal_min',
  'antal_max',
  'count_unit',
  'comment',
  'copied_from',
  'moved_from',
  'version',
  'updated_at',
  'updated_by',
];

export function createActivityPublishing(db: Db) {
  const sql = {
    // The unit's published rows and its working ones: an activity handed to another unit since
    // leaves this unit's published plan; one of several units is copied as it is now.
    dropPlan: db.prepare<Omit<PublishedSubject, 'kind'>>(
      `DELETE FROM published_activities WHERE id IN (
         SELECT p.id FROM published_activities p JOIN measures m ON m.id = p.measure_id
           JOIN published_activity_units pu ON pu.activity_id = p.id
         WHERE pu.unit_code = :unit AND p.year = :year AND m.period_id = :periodId
         UNION SELECT a.id ${OF_UNIT})`,
    ),
    copyPlan: db.prepare<Omit<PublishedSubject, 'kind'>>(
      `INSERT INTO published_activities (${COPIED.join()})
       SELECT ${COPIED.map((c) => `a.${c}`).join()} ${OF_UNIT} AND a.deleted_at IS NULL`,
    ),
    copyUnits: db.prepare<Omit<PublishedSubject, 'kind'>>(
      `INSERT INTO published_activity_units (activity_id, unit_code, position)
       SELECT u.activity_id, u.unit_code, u.position FROM activity_units u
       WHERE u.activity_id IN (SELECT a.id ${OF_UNIT} AND a.deleted_at IS NULL)`,
    ),
    publishFollowUps: db.prepare<Omit<PublishedSubject, 'kind'>>(
      `INSERT INTO published_follow_ups (activity_id, follow_up_id)
       SELECT a.id, (SELECT max(f.id) FROM activity_follow_ups f WHERE f.activity_id = a.id)
       ${OF_UNIT} AND EXISTS (SELECT 1 FROM activity_follow_ups f WHERE f.activity_id = a.id)
       ON CONFLICT (activity_id) DO UPDATE SET follow_up_id = excluded.follow_up_id`,
    ),
    // Two units merged: the published plans name the unit the activities now belong to.
    mergeUnits: db.prepare<{ from: string; into: string }>(
      `UPDATE OR IGNORE published_activity_units SET unit_code = :into WHERE unit_code = :from`,
    ),
    dropMergedUnit: db.prepare<{ from: string }>(
      'DELETE FROM published_activity_units WHERE unit_code = :from',
    ),
    // The units as written, where the published copy had them as the working row did.
    mergedUnitsRaw: db.prepare<{ id: number; before: string; after: string }>(
      'UPDATE published_activities SET units_raw = :after WHERE id = :id AND units_raw = :before',
    ),
  };

  return {
    /**
     * The unit's plan of the year as it is now (kind plan), or its newest follow-ups (kind
     * follow_up), become what the public reads.
     */
    publish: ({ kind, ...subject }: PublishedSubject): void => {
      if (kind === 'follow_up') {
        sql.publishFollowUps.run(subject);
        return;
      }
      sql.dropPlan.run(subject);
      sql.copyPlan.run(subject);
      sql.copyUnits.run(subject);
    },
    /**
     * Unit `from` merged into `into` (inside the merge's transaction); `unitsRaw` holds each
     * moved activity's units as written before and after.
     */
    mergeUnit: (
      from: string,
      into: string,
      unitsRaw: readonly { id: number; before: string; after: string }[],
    ): void => {
      sql.mergeUnits.run({ from, into });
      sql.dropMergedUnit.run({ from });
      for (const change of unitsRaw) sql.mergedUnitsRaw.run(change);
    },
  };
}
export type ActivityPublishing = ReturnType<typeof createActivityPublishing>;
