import type { AuditEntry } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAuditLog } from '../api/get-audit-log';
import { strings } from '../strings';
import { AdminNav } from './admin-nav';
import '../admin.css';

/** /admin/logg – the latest sign-ins and account changes; read only, as the table is. */
export function AuditLogPage() {
  useDocumentTitle(strings.auditTitle);
  const query = useAuditLog();
  return (
    <div className="page">
      <h1>{strings.auditTitle}</h1>
      <AdminNav />
      <p>{strings.auditIntro}</p>
      <QueryState query={query} label={strings.auditLabel}>
        {(entries) =>
          entries.length === 0 ? (
            <p className="empty">{strings.auditEmpty}</p>
          ) : (
            <AuditTable entries={entries} />
          )
        }
      </QueryState>
    </div>
  );
}

/** The detail JSON ({"roles":["admin"]}) as "roles: admin", readable without knowing JSON. */
function detailText(detail: string | null): string {
  if (detail === null) return strings.none;
  try {
    const parsed: unknown = JSON.parse(detail);
    if (!parsed || typeof parsed !== 'object') return String(parsed);
    return Object.entries(parsed)
      .map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : String(value)}`)
      .join('; ');
  } catch {
    return detail;
  }
}

function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label={strings.auditCaption(entries.length)}
    >
      <table className="data-table data-table--wide">
        <caption className="visually-hidden">{strings.auditCaption(entries.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.columnWhen}</th>
            <th scope="col">{strings.columnWho}</th>
            <th scope="col">{strings.columnAction}</th>
            <th scope="col">{strings.columnSubject}</th>
            <th scope="col">{strings.columnDetail}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" className="nowrap">
                {formatDateTime(entry.at)}
              </th>
              <td>{entry.actor ?? strings.unknownActor}</td>
              <td>{strings.actions[entry.action] ?? entry.action}</td>
              <td>{entry.subject ?? strings.none}</td>
              <td className="audit-detail">{detailText(entry.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
