import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiGet } from '../../../lib/api-client';
import { privateQueryKey } from '../../../lib/session';

// As GET /api/audit answers (server/src/routes/users.ts); detail is the event's JSON as text.
const AuditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  subject: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AUDIT_LIMIT = 200;

export function getAuditLog(signal?: AbortSignal) {
  return apiGet('/audit', AuditEntrySchema.array(), { limit: AUDIT_LIMIT }, signal);
}

export const getAuditLogQueryOptions = () =>
  queryOptions({
    queryKey: privateQueryKey('audit'),
    queryFn: ({ signal }) => getAuditLog(signal),
    staleTime: 0,
  });

export function useAuditLog() {
  return useQuery(getAuditLogQueryOptions());
}
