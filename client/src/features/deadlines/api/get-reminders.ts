import { queryOptions, useQuery } from '@tanstack/react-query';
import { ReminderSchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const getRemindersQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.signedIn.reminders(),
    queryFn: (context) => apiGet('/reminders', ReminderSchema.array(), {}, context),
  });

/** The signed-in user's reminders, newest first. */
export function useReminders() {
  return useQuery(getRemindersQueryOptions());
}
