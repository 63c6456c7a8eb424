import { formatDate } from '@malbild/shared';
import { useHydrated } from '../../../lib/use-hydrated';
import { strings } from '../strings';

/** "Utskrivet 2 december 2026": on paper only, the day the browser prints (never the server's). */
export function PrintDate() {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const today = new Date();
  const iso = `${String(today.getFullYear())}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return <p className="print-only">{strings.printDate(formatDate(iso))}</p>;
}
