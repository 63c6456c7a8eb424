import { queryOptions, useQuery } from '@tanstack/react-query';
import { AuditEntrySchema } from '@malbild/shared';
import { apiGet, type ReadContext } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export const AUDIT_LIMIT = 200;

export function getAuditLog(context?: ReadContext) {
  return apiGet('/audit', AuditEntrySchema.array(), { limit: AUDIT_LIMIT }, context);
}

export const getAuditLogQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.signedIn.audit(),
    queryFn: (context) => getAuditLog(context),
    staleTime: 0,
  });

export function useAuditLog() {
  return useQuery(getAuditLogQueryOptions());
}
