import type { z } from 'zod';
import { unitActiveIn, yearProblem, type Period } from '@malbild/shared';
import type { Repositories } from '../db/repositories';

// Checks of a request that need the database (does the unit exist?), added to its zod schema so
// that they answer as every other 400: a field error with a Swedish message.

export type Issue = { path: (string | number)[]; message: string };

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

/** A measure number that the current period does not have. */
export function unknownMeasure(
  repositories: Repositories,
  number: number | undefined,
  path: string,
): Issue[] {
  const period = repositories.periods.current();
  return number !== undefined && period && !repositories.measures.exists(period.id, number)
    ? [{ path: [path], message: `Resultatmått ${number} finns inte` }]
    : [];
}

/** A year the current period has no outcomes for (its years and the baseline years before). */
export function outsideOutcomeYears(
  repositories: Repositories,
  year: number,
  path: string,
): Issue[] {
  const period = repositories.periods.current();
  const problem = period && yearProblem(period, 'outcome', year);
  return problem ? [{ path: [path], message: problem }] : [];
}

/** A year outside the current period, whose measures an activity belongs to. */
export function yearOutsidePeriod(repositories: Repositories, year: number, path: string): Issue[] {
  const period: Period | undefined = repositories.periods.current();
  return period && (year < period.startYear || year > period.endYear)
    ? [{ path: [path], message: `Välj ett år i målperioden ${period.name}` }]
    : [];
}
