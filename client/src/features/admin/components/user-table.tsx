import { ROLE_LABELS, type User } from '@malbild/shared';
import { strings } from '../strings';

interface UserTableProps {
  users: readonly User[];
  /** The signed-in admin, who cannot disable themselves (nobody could then sign in to undo it). */
  selfId: number | undefined;
  onEdit: (user: User, button: HTMLButtonElement) => void;
  onToggleDisabled: (user: User) => void;
  busy: boolean;
}

export function UserTable({ users, selfId, onEdit, onToggleDisabled, busy }: UserTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={strings.usersCaption}>
      <table className="data-table data-table--wide user-table">
        <caption className="visually-hidden">{strings.usersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.columnUsername}</th>
            <th scope="col">{strings.columnName}</th>
            <th scope="col">{strings.columnRoles}</th>
            <th scope="col">{strings.columnUnits}</th>
            <th scope="col">{strings.columnStatus}</th>
            <th scope="col">{strings.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.disabled ? 'is-disabled' : undefined}>
              <th scope="row">
                {user.username} {user.id === selfId && <span className="muted">{strings.you}</span>}
              </th>
              <td>{user.displayName}</td>
              <td>{user.roles.map((role) => ROLE_LABELS[role]).join(', ') || strings.none}</td>
              <td>{user.units.join(', ') || strings.none}</td>
              <td>{user.disabled ? strings.disabled : strings.active}</td>
              <td className="user-table__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={(event) => onEdit(user, event.currentTarget)}
                >
                  {strings.edit}
                  <span className="visually-hidden"> {strings.forUser(user.username)}</span>
                </button>
                {user.id !== selfId && (
                  <button
                    type="button"
                    className={`button button--small ${user.disabled ? 'button--secondary' : 'button--danger'}`}
                    disabled={busy}
                    onClick={() => onToggleDisabled(user)}
                  >
                    {user.disabled ? strings.enable : strings.disable}
                    <span className="visually-hidden"> {strings.forUser(user.username)}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
