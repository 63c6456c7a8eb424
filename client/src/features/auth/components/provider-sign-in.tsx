import { useStartProviderSignIn } from '../api/start-provider-sign-in';
import { strings } from '../strings';

/** "Logga in med kommunens konto": to the identity provider, or why that does not work now. */
export function ProviderSignIn({
  name,
  returnTo,
}: {
  name: string;
  returnTo?: string | undefined;
}) {
  const start = useStartProviderSignIn();
  // Pending until the browser has left for the provider: the button stays busy meanwhile.
  const busy = start.isPending || start.isSuccess;
  return (
    <div className="provider-sign-in">
      {start.isError && (
        <div className="error-box" role="alert">
          <p>
            <strong>{strings.providerErrorTitle}.</strong> {start.error.message}
          </p>
        </div>
      )}
      <button
        type="button"
        className="button provider-sign-in__button"
        disabled={busy}
        onClick={() => start.mutate(returnTo)}
      >
        {busy ? strings.providerStarting : strings.providerButton(name)}
      </button>
    </div>
  );
}
