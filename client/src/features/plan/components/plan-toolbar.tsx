import { Link } from 'react-router';
import { LicenceNote } from '../../../components/licence-link';
import { paths } from '../../../lib/paths';
import { apiUrl } from '../../../lib/api-client';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { strings } from '../strings';

interface PlanToolbarProps {
  year: number;
  unit: string;
  canEdit: boolean;
  copyOpen: boolean;
  onAdd: () => void;
  onToggleCopy: () => void;
}

/** What can be done with the plan: add, copy from last year, download, print. */
export function PlanToolbar({
  year,
  unit,
  canEdit,
  copyOpen,
  onAdd,
  onToggleCopy,
}: PlanToolbarProps) {
  const periodId = useShownPeriodId();
  const file = (extension: string) =>
    apiUrl(`/plans/${unit}/${year}.${extension}`, { period: periodId });
  const context = <span className="visually-hidden">: {strings.downloadContext(unit, year)}</span>;
  return (
    <div className="plan-toolbar">
      {canEdit && (
        <>
          <button type="button" className="button" onClick={onAdd}>
            {strings.add}
          </button>
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={copyOpen}
            onClick={onToggleCopy}
          >
            {strings.copyFrom(year - 1)}
          </button>
          <Link className="button button--secondary" to={paths.planFollowUp(unit, year)}>
            {strings.followUpAll}
            <span className="visually-hidden">: {strings.followUpAllContext(unit, year)}</span>
          </Link>
        </>
      )}
      <a className="button button--secondary" href={file('csv')} download>
        {strings.downloadCsv}
        {context}
      </a>
      <a className="button button--secondary" href={file('xlsx')} download>
        {strings.downloadXlsx}
        {context}
      </a>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {strings.print}
      </button>
      <LicenceNote />
    </div>
  );
}
