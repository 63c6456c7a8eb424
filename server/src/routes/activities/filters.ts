import type { z } from 'zod';
import { ActivityQuerySchema, type ActivityQuery } from '@malbild/shared';
import type { Repositories } from '../../db/repositories';
import { unknownMeasure, unknownUnits, withLookups } from '../lookups';

/**
 * The activity filters, refusing values that name nothing: a misspelt unit or measure would
 * otherwise look like "no activities". For the list and for the open data export.
 */
export function withKnownFilters<T extends z.ZodType<ActivityQuery>>(
  schema: T,
  repositories: Repositories,
) {
  return withLookups(schema, ({ unit, measure, period }) => [
    ...unknownUnits(repositories, unit === undefined ? [] : [unit], 'unit'),
    ...unknownMeasure(repositories, measure, 'measure', period),
  ]);
}

export const activityQuerySchema = (repositories: Repositories) =>
  withKnownFilters(ActivityQuerySchema, repositories);
