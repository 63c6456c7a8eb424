import { RequireRole } from '../../features/auth/components/require-role';
import { AuditLogPage } from '../../features/admin/components/audit-log-page';
import { strings } from '../../features/admin/strings';
import { ADMIN_ROLES } from '../../lib/session';

/** /admin/logg */
export default function AuditLogRoute() {
  return (
    <RequireRole roles={ADMIN_ROLES} purpose={strings.auditPurpose}>
      <AuditLogPage />
    </RequireRole>
  );
}
