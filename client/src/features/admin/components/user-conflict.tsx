import { useEffect, useRef } from 'react';
import { ROLE_LABELS, type User } from '@malbild/shared';
import { strings } from '../strings';

interface UserConflictProps {
  /** The user as someone else saved it meanwhile. */
  current: User;
  onReapply: () => void;
  onTakeCurrent: () => void;
}

/** A 409: the saved version, and the admin's two ways on. Focused so it is read at once. */
export function UserConflict({ current, onReapply, onTakeCurrent }: UserConflictProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const roles = current.roles.map((role) => ROLE_LABELS[role]).join(', ') || strings.none;
  const units = current.units.join(', ') || strings.none;
  return (
    <div ref={box} className="error-box" tabIndex={-1}>
      <p>
        <strong>{strings.conflictTitle}</strong>
      </p>
      <p>
        {strings.conflictNow(
          current.displayName,
          roles,
          units,
          current.disabled ? strings.disabled : strings.active,
        )}
      </p>
      <div className="form-actions">
        <button type="button" className="button" onClick={onReapply}>
          {strings.reapply}
        </button>
        <button type="button" className="button button--secondary" onClick={onTakeCurrent}>
          {strings.takeCurrent}
        </button>
      </div>
    </div>
  );
}
