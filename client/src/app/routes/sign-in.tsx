import { SignInPage } from '../../features/auth/components/sign-in-page';

/** /logga-in */
export default function SignInRoute() {
  return <SignInPage />;
}
