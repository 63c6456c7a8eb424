import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { groupByMeasure, mayEditActivityOf, type Activity, type User } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FieldMessage } from '../../../components/field-message';
import { FormActions } from '../../../components/form-actions';
import { QueryState } from '../../../components/query-state';
import { useShownPeriodId } from '../../../lib/use-shown-period';
import { useCopyForward } from '../api/copy-forward';
import { usePlan } from '../api/get-plan';
import { strings } from '../strings';
import type { PlanMeasure } from '../types';

interface CopyForwardPanelProps {
  /** The year whose plan is started; activities are copied from the year before. */
  year: number;
  unit: string;
  user: User;
  /** The year's plan as it is, to tell which activities were copied already. */
  plan: readonly Activity[];
  measures: readonly PlanMeasure[];
  onDone: (message: string) => void;
}

/** Starts the year's plan from last year's: the user picks the activities to carry over. */
export function CopyForwardPanel({ year, unit, plan, ...rest }: CopyForwardPanelProps) {
  const from = year - 1;
  const periodId = useShownPeriodId();
  const source = usePlan(from, unit, periodId);
  const copied = new Set(plan.map((a) => a.copiedFrom));
  return (
    <section className="plan-copy" aria-labelledby="plan-copy-heading">
      <h2 id="plan-copy-heading">{strings.copyHeading(from, year)}</h2>
      <QueryState query={source} label={strings.label}>
        {(activities) =>
          activities.length === 0 ? (
            <p>{strings.copyNone(from)}</p>
          ) : (
            <CopyForm {...rest} from={from} to={year} activities={activities} copied={copied} />
          )
        }
      </QueryState>
    </section>
  );
}

interface CopyFormProps extends Omit<CopyForwardPanelProps, 'year' | 'unit' | 'plan'> {
  from: number;
  to: number;
  activities: readonly Activity[];
  copied: ReadonlySet<number | null>;
}

function CopyForm({ from, to, activities, copied, user, measures, onDone }: CopyFormProps) {
  const copy = useCopyForward(useShownPeriodId());
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string>();
  const choosable = activities.filter((a) => !copied.has(a.id) && mayEditActivityOf(user, a.units));
  const choose = (ids: readonly number[], checked: boolean) => {
    const next = new Set(chosen);
    for (const id of ids) {
      if (checked) next.add(id);
      else next.delete(id);
    }
    setChosen(next);
    setError(undefined);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (chosen.size === 0) {
      setError(strings.copyChooseOne);
      return;
    }
    const request = { fromYear: from, toYear: to, activityIds: [...chosen] };
    copy.mutate(request, {
      onSuccess: ({ created, skipped }) =>
        onDone(
          strings.copied(created.length, to) +
            (skipped.length > 0 ? strings.copiedSkipped(skipped.length) : ''),
        ),
    });
  };
  return (
    <form className="plan-copy__form" noValidate onSubmit={submit}>
      <p>{strings.copyIntro(to)}</p>
      <SelectAll
        total={choosable.length}
        chosen={choosable.filter((a) => chosen.has(a.id)).length}
        onChange={(checked) =>
          choose(
            choosable.map((a) => a.id),
            checked,
          )
        }
      />
      <fieldset className="plan-copy__list" aria-describedby={error && 'copy-error'}>
        <legend className="visually-hidden">{strings.copyList}</legend>
        {groupByMeasure(activities).map(([number, rows]) => (
          <div key={number} className="plan-copy__group">
            <h3>{`${number}. ${measures.find((m) => m.number === number)?.name ?? ''}`}</h3>
            <ul>
              {rows.map((activity) => (
                <li key={activity.id}>
                  <label className="checkbox plan-copy__choice">
                    <input
                      type="checkbox"
                      checked={chosen.has(activity.id)}
                      disabled={!choosable.includes(activity)}
                      onChange={(event) => choose([activity.id], event.target.checked)}
                    />
                    <span>
                      {activity.text}
                      {copied.has(activity.id) && (
                        <span className="muted"> ({strings.alreadyCopied(to)})</span>
                      )}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </fieldset>
      <div role="alert">
        <FieldMessage id="copy" error={error} />
      </div>
      {copy.isError && <ErrorAlert message={copy.error.message} />}
      <FormActions
        submitLabel={strings.copySubmit(chosen.size, to)}
        pendingLabel={strings.copying}
        pending={copy.isPending}
      />
    </form>
  );
}

interface SelectAllProps {
  total: number;
  chosen: number;
  onChange: (checked: boolean) => void;
}

/** "Välj alla": ticked when all are chosen, half-ticked (indeterminate) when some are. */
function SelectAll({ total, chosen, onChange }: SelectAllProps) {
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = chosen > 0 && chosen < total;
  }, [chosen, total]);
  return (
    <label className="checkbox plan-copy__all">
      <input
        ref={box}
        type="checkbox"
        checked={total > 0 && chosen === total}
        disabled={total === 0}
        onChange={(event) => onChange(event.target.checked)}
      />
      {strings.selectAll}
    </label>
  );
}
