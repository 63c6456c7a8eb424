import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert';
import { SelectField } from '../../../components/text-field';
import { useFollowUp } from '../api/get-follow-up';
import { useSetYearLock } from '../api/write-follow-up';
import { strings } from '../strings';

/** A controller closes a year's follow-up (nothing of it can change) or reopens it. */
export function YearLock({ period }: { period?: number | undefined }) {
  const thisYear = new Date().getFullYear();
  const years = [thisYear - 4, thisYear - 3, thisYear - 2, thisYear - 1, thisYear];
  const [year, setYear] = useState(thisYear - 1);
  const followUp = useFollowUp(year, period, true);
  const setLock = useSetYearLock(period);
  const lock = followUp.data?.lock ?? null;
  return (
    <section aria-labelledby="year-lock-heading">
      <h2 id="year-lock-heading">{strings.lockHeading}</h2>
      <p>{strings.lockIntro}</p>
      {setLock.error && <ErrorAlert message={setLock.error.message} />}
      <SelectField
        id="year-lock-year"
        label={strings.yearLabel}
        value={String(year)}
        onChange={(value) => setYear(Number(value))}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      {lock && <p>{strings.lockedState(year, lock.lockedAt)}</p>}
      {followUp.data && (
        <button
          type="button"
          className="button"
          disabled={setLock.isPending}
          onClick={() => setLock.mutate({ year, locked: lock === null })}
        >
          {lock ? strings.unlockYear(year) : strings.lockYear(year)}
        </button>
      )}
    </section>
  );
}
