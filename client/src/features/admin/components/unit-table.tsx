import type { UnitWithCounts } from '@malbild/shared';
import { unitStrings as strings } from '../unit-strings';

interface UnitTableProps {
  units: readonly UnitWithCounts[];
  onEdit: (unit: UnitWithCounts, button: HTMLButtonElement) => void;
}

/** Every unit: code, name with its former names, the years it is active, its activities. */
export function UnitTable({ units, onEdit }: UnitTableProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={strings.caption}>
      <table className="data-table data-table--wide unit-table">
        <caption className="visually-hidden">{strings.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.columnCode}</th>
            <th scope="col">{strings.columnName}</th>
            <th scope="col">{strings.columnYears}</th>
            <th scope="col">{strings.columnActivities}</th>
            <th scope="col">{strings.columnActions}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((unit) => (
            <tr key={unit.code} className={unit.mergedInto ? 'is-disabled' : undefined}>
              <th scope="row">{unit.code}</th>
              <td>
                {unit.name}
                {unit.formerNames.map(({ name, from, until }) => (
                  <span key={until + name} className="unit-table__former">
                    {strings.formerName(name, from, until)}
                  </span>
                ))}
              </td>
              <td>{strings.years(unit)}</td>
              <td>{unit.activityCounts.reduce((sum, { count }) => sum + count, 0)}</td>
              <td>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={(event) => onEdit(unit, event.currentTarget)}
                >
                  {strings.edit}
                  <span className="visually-hidden"> {strings.forUnit(unit.code)}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
