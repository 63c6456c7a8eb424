import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiSend } from '../../../lib/api-client';
import { invalidateActivities } from '../../../lib/api/get-activities';

export function removeActivity(id: number, version: number) {
  return apiSend('DELETE', `/activities/${id}?version=${version}`, undefined, z.null());
}

/** Takes the activity out of the plan; the server keeps it in the history. */
export function useRemoveActivity(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => removeActivity(id, version),
    // Not awaited: the form closes at once, while the lists are read again behind it.
    onSuccess: () => void invalidateActivities(queryClient),
  });
}
