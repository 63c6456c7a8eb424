import { InternalControlPage } from '../../features/internal-control/components/internal-control-page';

/**
 * /intern-kontroll – the year's risk analyses, plans and follow-up: for signed-in users, and for
 * everyone once an admin has published the year (the page says which).
 */
export default function InternalControlRoute() {
  return <InternalControlPage />;
}
