import { Link, useLocation } from 'react-router';
import type { User } from '@malbild/shared';
import { paths } from '../../../lib/paths';
import { strings } from '../strings';

interface PlanSessionProps {
  user: User | null;
  canEdit: boolean;
  unitName: string;
}

/** Says why the plan cannot be changed here, and how to get there. */
export function PlanSession({ user, canEdit, unitName }: PlanSessionProps) {
  const { pathname, search } = useLocation();
  if (canEdit) return null;
  if (!user) {
    return (
      <p className="plan-session">
        {strings.signInNote} <Link to={paths.signIn(pathname + search)}>{strings.signIn}</Link>
      </p>
    );
  }
  return <p className="plan-session">{strings.readOnly(unitName)}</p>;
}
