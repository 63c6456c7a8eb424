import { ROLE_LABELS, type User } from '@malbild/shared';
import { ConflictBox } from '../../../components/conflict-box';
import { strings } from '../strings';

interface UserConflictProps {
  /** The user as someone else saved it meanwhile. */
  current: User;
  onReapply: () => void;
  onTakeCurrent: () => void;
}

export function UserConflict({ current, onReapply, onTakeCurrent }: UserConflictProps) {
  const roles = current.roles.map((role) => ROLE_LABELS[role]).join(', ') || strings.none;
  const units = current.units.join(', ') || strings.none;
  return (
    <ConflictBox
      subject={strings.conflictSubject}
      takeCurrentLabel={strings.takeCurrent}
      onReapply={onReapply}
      onTakeCurrent={onTakeCurrent}
    >
      <p>
        {strings.conflictNow(
          current.displayName,
          roles,
          units,
          current.disabled ? strings.disabled : strings.active,
        )}
      </p>
    </ConflictBox>
  );
}
