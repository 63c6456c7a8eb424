import { maySeeDrafts } from '@malbild/shared';
import { useSession } from './session';
import { useHydrated } from './use-hydrated';

/**
 * Whether this visitor reads drafts (the working copy of plans and follow-ups): a signed-in
 * user with a role, once the page is hydrated. The server renders every page as the anonymous
 * visitor, so the first render in the browser reads the published copy as the server did.
 */
export function useSeesDrafts(): boolean {
  const user = useSession().data?.user;
  return useHydrated() && maySeeDrafts(user);
}
