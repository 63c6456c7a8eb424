import { useRef, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import { ROLE_LABELS, type GroupMapping } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { getGroupMappingsQueryOptions } from '../api/get-group-mappings';
import { getUnitsQueryOptions } from '../../../lib/api/get-units';
import { useRemoveGroupMapping } from '../api/remove-group-mapping';
import { groupStrings } from '../group-strings';
import { AdminNav } from './admin-nav';
import { GroupMappingForm, groupMappingName } from './group-mapping-form';
import '../admin.css';

/** /admin/grupper – which of the identity provider's groups give which roles and units. */
export function GroupMappingsPage() {
  useDocumentTitle(groupStrings.title);
  const queries = useQueries({
    queries: [getGroupMappingsQueryOptions(), getUnitsQueryOptions()],
    combine: ([mappings, units]) => ({ mappings, units }),
  });
  const remove = useRemoveGroupMapping();
  const [editing, setEditing] = useState<GroupMapping | null>(null);
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);

  const removeMapping = (mapping: GroupMapping) => {
    if (!window.confirm(groupStrings.confirmRemove(groupMappingName(mapping)))) return;
    remove.mutate(mapping, {
      onSuccess: () => setNotice(groupStrings.removed(groupMappingName(mapping))),
      onError: (error) =>
        setNotice(
          error instanceof ApiError && error.status === 409 ? groupStrings.conflict : error.message,
        ),
    });
  };

  const doneEditing = (message: string | null) => {
    setEditing(null);
    if (message) setNotice(message);
  };

  return (
    <div className="page">
      <h1>{groupStrings.title}</h1>
      <AdminNav />
      <p>{groupStrings.intro}</p>
      <p>{groupStrings.introAdminAssigned}</p>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      <QueryState query={queries.mappings} label={groupStrings.listLabel}>
        {(mappings) => (
          <GroupMappingTable
            mappings={mappings}
            busy={remove.isPending}
            onEdit={(mapping) => {
              setEditing(mapping);
              // The form below takes the edit; its heading says which group.
              requestAnimationFrame(() => heading.current?.focus());
            }}
            onRemove={removeMapping}
          />
        )}
      </QueryState>
      <QueryState query={queries.units} label={groupStrings.listLabel}>
        {(units) => (
          <section className="user-editor" aria-labelledby="group-form-heading">
            <h2 id="group-form-heading" ref={heading} tabIndex={-1}>
              {editing
                ? groupStrings.editHeading(groupMappingName(editing))
                : groupStrings.addHeading}
            </h2>
            <GroupMappingForm
              key={editing?.id ?? 'new'}
              editing={editing}
              unitChoices={units}
              onDone={doneEditing}
            />
          </section>
        )}
      </QueryState>
    </div>
  );
}

interface GroupMappingTableProps {
  mappings: readonly GroupMapping[];
  busy: boolean;
  onEdit: (mapping: GroupMapping) => void;
  onRemove: (mapping: GroupMapping) => void;
}

function GroupMappingTable({ mappings, busy, onEdit, onRemove }: GroupMappingTableProps) {
  if (mappings.length === 0) return <p>{groupStrings.empty}</p>;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={groupStrings.caption}>
      <table className="data-table data-table--wide">
        <caption className="visually-hidden">{groupStrings.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupStrings.columnLabel}</th>
            <th scope="col">{groupStrings.columnGroup}</th>
            <th scope="col">{groupStrings.columnRoles}</th>
            <th scope="col">{groupStrings.columnUnits}</th>
            <th scope="col">{groupStrings.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          {mappings.map((mapping) => (
            <tr key={mapping.id}>
              <th scope="row">{mapping.label || groupStrings.none}</th>
              <td className="audit-detail">{mapping.groupId}</td>
              <td>{mapping.roles.map((role) => ROLE_LABELS[role]).join(', ')}</td>
              <td>{mapping.units.join(', ') || groupStrings.none}</td>
              <td className="user-table__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => onEdit(mapping)}
                >
                  {groupStrings.edit}
                  <span className="visually-hidden">
                    {' '}
                    {groupStrings.forGroup(groupMappingName(mapping))}
                  </span>
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  disabled={busy}
                  onClick={() => onRemove(mapping)}
                >
                  {groupStrings.remove}
                  <span className="visually-hidden">
                    {' '}
                    {groupStrings.forGroup(groupMappingName(mapping))}
                  </span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
