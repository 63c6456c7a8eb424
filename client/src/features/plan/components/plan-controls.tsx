import type { Unit } from '@malbild/shared';
import { strings } from '../strings';

interface PlanControlsProps {
  years: readonly number[];
  units: readonly Unit[];
  year: number;
  unit: string;
  onChange: (changes: { year?: number; unit?: string }) => void;
}

/** Which plan to show; each choice applies at once and is kept in the address. */
export function PlanControls({ years, units, year, unit, onChange }: PlanControlsProps) {
  return (
    <form
      className="filters plan-controls"
      aria-labelledby="plan-controls-heading"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="plan-controls-heading" className="filters__heading">
        {strings.choose}
      </h2>
      <div className="filters__grid">
        <div className="field">
          <label htmlFor="plan-year">{strings.year}</label>
          <select
            id="plan-year"
            value={year}
            onChange={(event) => onChange({ year: Number(event.target.value) })}
          >
            {years.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="plan-unit">{strings.unit}</label>
          <select
            id="plan-unit"
            value={unit}
            onChange={(event) => onChange({ unit: event.target.value })}
          >
            {units.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name} ({option.code})
              </option>
            ))}
          </select>
        </div>
      </div>
    </form>
  );
}
