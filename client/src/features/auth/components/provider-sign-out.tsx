import { strings } from '../strings';

/** After signing out here: the provider's own sign-out, offered, since its session outlives ours. */
export function ProviderSignOut({ url, name }: { url: string; name: string }) {
  return (
    <div className="notice" role="status">
      <p>
        <strong>{strings.signedOut}</strong> {strings.providerStillSignedIn(name)}
      </p>
      <p>
        <a className="button button--secondary" href={url}>
          {strings.providerSignOut(name)}
        </a>
      </p>
    </div>
  );
}
