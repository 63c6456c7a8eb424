import { SetupPage } from '../../features/setup/components/setup-page';

/** /kom-igang: public while there is no account (the first administrator is made here). */
export default function SetupRoute() {
  return <SetupPage />;
}
