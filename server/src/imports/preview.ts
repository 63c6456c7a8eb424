import { randomBytes } from 'node:crypto';
import type { ImportPreview, ImportSource, User } from '@malbild/shared';
import type { Repositories } from '../db/repositories';
import { arrayJsonInTurns, stringifyInTurns, type JsonText } from '../event-loop-turns';
import { planImport } from './plan-import';
import type { ImportRecord } from './table-records';

export interface PreviewInput {
  source: ImportSource;
  /** The file's name or the Kolada import's description; each value's history says "Import: <name>". */
  name: string;
  records: ImportRecord[];
  notices: string[];
}

/**
 * Plans the import against the stored values, keeps the plan for the commit, and returns it as
 * JSON: 10 000 rows are megabytes, written in turns rather than by the route's serializer at once.
 */
export async function createPreview(
  repositories: Repositories,
  periodId: number,
  user: User,
  { source, name, records, notices }: PreviewInput,
): Promise<JsonText<ImportPreview>> {
  const years = new Map<number, ReturnType<Repositories['entry']['year']>>();
  const current = (year: number) => {
    if (!years.has(year)) years.set(year, repositories.entry.year(periodId, year));
    return years.get(year)!;
  };
  const period = repositories.periods.list().find((p) => p.id === periodId);
  if (!period) throw new Error(`period ${periodId} does not exist`);
  const plan = await planImport(records, current, { reason: `Import: ${name}`, period });
  const id = randomBytes(18).toString('base64url');
  const createdAt = await repositories.imports.create({
    id,
    source,
    name,
    user,
    periodId,
    preview: await stringifyInTurns({ notices, rows: plan.rows }, 'rows'),
    changes: await arrayJsonInTurns(plan.changes),
  });
  const { summary, rows } = plan;
  return stringifyInTurns({ id, source, name, createdAt, notices, summary, rows }, 'rows');
}
