import { useState, type ReactNode } from 'react';
import { mayEditActivityOf, type Activity, type User } from '@malbild/shared';
import { DoneShare } from '../../../components/activity-status';
import { QueryState } from '../../../components/query-state';
import { useSession } from '../../../lib/session';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePlan } from '../api/get-plan';
import { usePlanSearch } from '../plan-search';
import { strings } from '../strings';
import type { PlanOptions } from '../types';
import '../plan.css';
import { CopyForwardPanel } from './copy-forward-panel';
import { PlanControls } from './plan-controls';
import { PlanDialogs, type Dialog } from './plan-dialogs';
import { PlanSession } from './plan-session';
import { PlanTables } from './plan-tables';
import { PlanToolbar } from './plan-toolbar';
import { StatusMessage } from '../../../components/status-message';

/** The latest year any unit has activities in: the plan most people come to look at. */
function latestPlannedYear({ years, units }: PlanOptions): number {
  const planned = units.flatMap((u) => u.activityCounts.map((c) => c.year));
  return Math.max(...(planned.length > 0 ? planned : years));
}

interface PlanPageProps extends PlanOptions {
  /**
   * The plan's review (the follow-up feature's), beside the plan; features meet in the route.
   * `planReadAt` changes whenever the plan is read again, e.g. after an edit moved it to draft.
   */
  renderReview?: (unit: string, year: number, planReadAt: number) => ReactNode;
}

/** /plan?ar=2024&enhet=SOU – a unit's plan för målaktiviteter for a year, editable by its editors. */
export function PlanPage(options: PlanPageProps) {
  const session = useSession();
  const search = usePlanSearch();
  return (
    <div className="page plan-page">
      <QueryState query={session} label={strings.label}>
        {({ user }) => {
          const year = search.year ?? latestPlannedYear(options);
          const unit = search.unit ?? user?.units[0] ?? options.units[0]?.code ?? '';
          // A new year or unit starts afresh: no open dialog or message from the last one.
          return (
            <PlanView key={`${year}-${unit}`} {...options} user={user} year={year} unit={unit} />
          );
        }}
      </QueryState>
    </div>
  );
}

interface PlanViewProps extends PlanPageProps {
  user: User | null;
  year: number;
  unit: string;
}

function PlanView({ user, year, unit, renderReview, ...options }: PlanViewProps) {
  const { update } = usePlanSearch();
  const unitName = options.units.find((u) => u.code === unit)?.name ?? unit;
  const plan = usePlan(year, unit, useShownPeriodId());
  const canEdit = mayEditActivityOf(user, [unit]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [copyOpen, setCopyOpen] = useState<boolean>();
  const [message, setMessage] = useState('');
  useDocumentTitle(`${strings.heading(year)} – ${unit}`);
  const done = (text: string) => {
    setDialog(null);
    setCopyOpen(false);
    setMessage(text);
  };

  const content = (activities: Activity[]) => {
    const showCopy = canEdit && user !== null && (copyOpen ?? activities.length === 0);
    return (
      <>
        <PlanToolbar
          year={year}
          unit={unit}
          canEdit={canEdit}
          copyOpen={showCopy}
          onAdd={() => setDialog({ kind: 'create' })}
          onToggleCopy={() => setCopyOpen(!showCopy)}
        />
        {showCopy && (
          <CopyForwardPanel
            year={year}
            unit={unit}
            user={user}
            plan={activities}
            measures={options.measures}
            onDone={done}
          />
        )}
        <PlanTablesOrEmpty
          activities={activities}
          options={options}
          year={year}
          canEdit={canEdit}
          editable={(activity) => mayEditActivityOf(user, activity.units)}
          onAction={(kind, activity) => setDialog({ kind, activity })}
        />
      </>
    );
  };

  return (
    <>
      <h1 tabIndex={-1}>
        {strings.heading(year)}
        <span className="plan-page__unit">
          {unitName} ({unit})
        </span>
      </h1>
      <p className="lead">{strings.intro}</p>
      <PlanControls
        years={options.years}
        units={options.units}
        year={year}
        unit={unit}
        onChange={update}
      />
      <PlanSession user={user} canEdit={canEdit} unitName={unitName} />
      {renderReview?.(unit, year, plan.dataUpdatedAt)}
      <StatusMessage message={message} />
      <QueryState query={plan} label={strings.label}>
        {content}
      </QueryState>
      <PlanDialogs
        dialog={dialog}
        year={year}
        unit={unit}
        measures={options.measures}
        units={options.units}
        onDone={done}
        onClose={() => setDialog(null)}
      />
    </>
  );
}

interface PlanTablesOrEmptyProps extends Omit<Parameters<typeof PlanTables>[0], 'measures'> {
  options: PlanOptions;
  year: number;
  canEdit: boolean;
}

function PlanTablesOrEmpty({
  activities,
  options,
  year,
  canEdit,
  ...rest
}: PlanTablesOrEmptyProps) {
  if (activities.length === 0) {
    return (
      <div className="empty">
        <p>{strings.empty(year)}</p>
        {canEdit && <p>{strings.emptyEditable(year - 1)}</p>}
      </div>
    );
  }
  const measureCount = new Set(activities.map((a) => a.measureNumber)).size;
  return (
    <>
      <p className="plan-page__summary">
        {strings.summary(activities.length, measureCount)} · <DoneShare activities={activities} />
      </p>
      <PlanTables activities={activities} measures={options.measures} {...rest} />
    </>
  );
}
