import { Link } from 'react-router';
import type { AuthOptions } from '@malbild/shared';
import { strings } from '../strings';

/** After a sign-in at the provider whose account has no role here: not an error, a way on. */
export function NoAccess({ options }: { options: AuthOptions }) {
  return (
    <>
      <h1>{strings.noAccessTitle}</h1>
      <p>{strings.noAccessText(options.provider?.name ?? 'kommunens konto')}</p>
      <p>{strings.noAccessHow}</p>
      <h2>{strings.noAccessContactHeading}</h2>
      <p>{options.accessContact}</p>
      <p>
        <Link to="/">{strings.guardToStart}</Link>
      </p>
    </>
  );
}
