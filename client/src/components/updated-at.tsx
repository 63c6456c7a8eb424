import { formatDay } from '../lib/format';
import { strings } from './strings';

/** "Senast uppdaterad 14 december 2022", or nothing when nothing has been entered. */
export function UpdatedAt({ value }: { value: string | null }) {
  if (!value) return null;
  return (
    <p className="updated-at">
      {strings.updatedAt} <time dateTime={value}>{formatDay(value)}</time>
    </p>
  );
}
