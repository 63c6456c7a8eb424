import { Link } from 'react-router';
import { may } from '@malbild/shared';
import { useSetupStatus } from '../../../lib/api/get-setup-status';
import { paths } from '../../../lib/paths';
import { useSession } from '../../../lib/session';
import { strings } from '../strings';

/**
 * The start page before any period is active: a plain note for the public, and the way to the
 * first run's steps for those who set the municipality up (and for anyone while there is no
 * account, which only the holder of the server's one-time code can create).
 */
export function NothingPublished() {
  const user = useSession().data?.user;
  const noAccount = useSetupStatus().data?.steps.admin === false;
  return (
    <div className="nothing-published">
      <p>{strings.nothingPublished}</p>
      {(noAccount || may(user, 'editStructure')) && (
        <p>
          <Link to={paths.setup}>{strings.continueSetup}</Link>
        </p>
      )}
    </div>
  );
}
