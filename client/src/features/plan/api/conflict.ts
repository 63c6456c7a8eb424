import { ActivityConflictSchema, type Activity } from '@malbild/shared';
import { ApiError } from '../../../lib/api-client';

/** On 409, the activity as someone else saved it meanwhile; null for any other error. */
export function conflictingActivity(error: unknown): Activity | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = ActivityConflictSchema.safeParse(error.body);
  return parsed.success ? parsed.data.current : null;
}
