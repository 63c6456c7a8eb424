import { httpErrors } from '@fastify/sensible';
import type { Period } from '@malbild/shared';

/** 404 for a year outside the period: its follow-up does not exist. */
export function expectYearOfPeriod(period: Period, year: number): void {
  if (year < period.startYear || year > period.endYear) {
    throw httpErrors.notFound(
      `${year} ligger utanför målperioden ${period.name} (${period.startYear}–${period.endYear})`,
    );
  }
}
