import type { z } from 'zod';
import { unitActiveIn, yearProblem, type Period } from '@malbild/shared';
import type { FieldIssue } from '../db/field-error';
import type { Repositories } from '../db/repositories';

// Checks of a request that need the database (does the unit exist?), added to its zod schema so
// that they answer as every other 400: a field error with a Swedish message.

export type Issue = FieldIssue;

/** Only a well-formed value is looked up, so a malformed value gets one error, not two. */
export function withLookups<Schema extends z.ZodType>(
  schema: Schema,
  issues: (value: z.output<Schema>) => Issue[],
) {
  return schema.superRefine(
    (value, context) => {
      for (const issue of issues(value)) context.addIssue({ code: 'custom', ...issue });
    },
    { when: (payload) => payload.issues.length === 0 },
  );
}

/** Unit codes that name no unit: one issue each. */
export function unknownUnits(
  repositories: Repositories,
  codes: readonly string[] | undefined,
  path: string,
): Issue[] {
  return (codes ?? [])
    .filter((code) => !repositories.units.exists(code))
    .map((code) => ({ path: [path], message: `Enheten ${code} finns inte` }));
}

/**
 * Units that exist but take no activities in the year: not yet started, retired, or merged into
 * another unit (whose code the message names).
 */
export function inactiveUnits(
  repositories: Repositories,
  codes: readonly string[],
  year: number,
  path: string,
): Issue[] {
  return codes.flatMap((code) => {
    const unit = repositories.units.get(code);
    if (!unit || unitActiveIn(unit, year)) return [];
    const message = unit.mergedInto
      ? `Enheten ${code} är sammanslagen med ${unit.mergedInto}: välj ${unit.mergedInto}`
      : `Enheten ${code} har inga målaktiviteter ${year}`;
    return [{ path: [path], message }];
  });
}

/**
 * The period a request names (?period=), else the current one. An unknown period gives no issue
 * here: the handler answers it with 404.
 */
function periodOf(repositories: Repositories, periodId: number | undefined): Period | undefined {
  return periodId === undefined
    ? repositories.periods.current()
    : repositories.periods.byId(periodId);
}

/** A measure number that the period (the current one without an id) does not have. */
export function unknownMeasure(
  repositories: Repositories,
  number: number | undefined,
  path: string,
  periodId?: number,
): Issue[] {
  const period = periodOf(repositories, periodId);
  return number !== undefined && period && !repositories.measures.exists(period.id, number)
    ? [{ path: [path], message: `Resultatmått ${number} finns inte` }]
    : [];
}

/** A year the period has no outcomes for (its years and the baseline years before). */
export function outsideOutcomeYears(period: Period, year: number, path: string): Issue[] {
  const problem = yearProblem(period, 'outcome', year);
  return problem ? [{ path: [path], message: problem }] : [];
}

/** A year outside the period (the current one without an id), whose measures an activity has. */
export function yearOutsidePeriod(
  repositories: Repositories,
  year: number,
  path: string,
  periodId?: number,
): Issue[] {
  const period = periodOf(repositories, periodId);
  return period && (year < period.startYear || year > period.endYear)
    ? [{ path: [path], message: `Välj ett år i målperioden ${period.name}` }]
    : [];
}
