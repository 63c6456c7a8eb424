import { queryOptions, useQuery } from '@tanstack/react-query';
import { AuditEntrySchema } from '@malbild/shared';
import { apiGet } from '../../../lib/api-client';
import { privateQueryKey } from '../../../lib/session';

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
