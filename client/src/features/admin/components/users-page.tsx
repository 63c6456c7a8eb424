import { useRef, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { User } from '@malbild/shared';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { getUnitsQueryOptions } from '../../../lib/api/get-units';
import { getUsersQueryOptions } from '../api/get-users';
import { conflictingUser, useUpdateUser } from '../api/update-user';
import { strings } from '../strings';
import { AddUserForm } from './add-user-form';
import { AdminNav } from './admin-nav';
import { EditUserForm } from './edit-user-form';
import { UserTable } from './user-table';
import '../admin.css';

/** /admin/anvandare – every account, adding one, and changing or disabling one. */
export function UsersPage() {
  useDocumentTitle(strings.usersTitle);
  const self = useSession().data?.user;
  const queries = useQueries({
    queries: [getUsersQueryOptions(), getUnitsQueryOptions()],
    combine: ([users, units]) => ({ users, units }),
  });
  const toggle = useUpdateUser();
  const [editing, setEditing] = useState<User | null>(null);
  const [notice, setNotice] = useState('');
  const editButton = useRef<HTMLButtonElement | null>(null);

  const toggleDisabled = (user: User) =>
    toggle.mutate(
      { id: user.id, change: { disabled: !user.disabled, version: user.version } },
      {
        onSuccess: (saved) =>
          setNotice(
            saved.disabled
              ? strings.disabledNotice(saved.username)
              : strings.enabledNotice(saved.username),
          ),
        onError: (error) =>
          setNotice(conflictingUser(error) ? strings.toggleConflict(user.username) : error.message),
      },
    );

  const doneEditing = (message: string | null) => {
    setEditing(null);
    if (message) setNotice(message);
    editButton.current?.focus();
  };

  return (
    <div className="page">
      <h1>{strings.usersTitle}</h1>
      <AdminNav />
      <p>{strings.usersIntro}</p>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      <QueryState query={queries.users} label={strings.usersLabel}>
        {(users) => (
          <UserTable
            users={users}
            selfId={self?.id}
            busy={toggle.isPending}
            onEdit={(user, button) => {
              editButton.current = button;
              setEditing(user);
            }}
            onToggleDisabled={toggleDisabled}
          />
        )}
      </QueryState>
      <QueryState query={queries.units} label={strings.unitsLabel}>
        {(units) => (
          <>
            {editing && (
              <EditUserForm
                key={editing.id}
                user={editing}
                unitChoices={units}
                onDone={doneEditing}
              />
            )}
            <section aria-labelledby="add-user-heading">
              <h2 id="add-user-heading">{strings.addHeading}</h2>
              <AddUserForm
                unitChoices={units}
                onAdded={(user) => setNotice(strings.added(user.username))}
              />
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
