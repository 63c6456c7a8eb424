import { RequireRole } from '../../features/auth/components/require-role';
import { AuditLogPage } from '../../features/admin/components/audit-log-page';
import { strings } from '../../features/admin/strings';

/** /admin/logg */
export default function AuditLogRoute() {
  return (
    <RequireRole permission="administer" purpose={strings.auditPurpose}>
      <AuditLogPage />
    </RequireRole>
  );
}
