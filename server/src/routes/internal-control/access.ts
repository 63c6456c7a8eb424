import { httpErrors } from '@fastify/sensible';
import { mayReadControl, type User } from '@malbild/shared';
import { SIGN_IN_TO_READ } from '../../auth/guards';
import type { Repositories } from '../../db/repositories';

/** The year asked for, if the user may read it: 401 for the public until the year is published. */
export function readableYear(
  repositories: Repositories,
  request: { user: User | null; query: { year: number } },
): number {
  const { year } = request.query;
  if (!mayReadControl(request.user, repositories.internalControl.isPublished(year)))
    throw httpErrors.unauthorized(SIGN_IN_TO_READ);
  return year;
}
