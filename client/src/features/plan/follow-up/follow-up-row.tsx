import {
  ACTIVITY_STATUS_LABELS,
  ActivityStatusSchema,
  followUpSourceText,
  movedTexts,
  type Activity,
} from '@malbild/shared';
import { ActivityDraftNote } from '../../../components/activity-status';
import { ConflictBox } from '../../../components/conflict-box';
import { describedBy, FieldMessage } from '../../../components/field-message';
import type { FieldErrors } from '../../../lib/field-errors';
import type { Conflict } from '../../../lib/versioned-form';
import { activityFields } from '../components/activity-fields';
import { strings } from '../strings';
import type { PlanMeasure } from '../types';
import type { DraftField, FollowUpDraft } from './follow-up-draft';
import { onGridKeyDown } from './grid-keys';

export const FOLLOW_UP_COLUMNS = 6;

interface FollowUpRowProps {
  activity: Activity;
  /** The row's place in the grid, for moving between rows. */
  index: number;
  draft: FollowUpDraft;
  changed: boolean;
  errors: FieldErrors | undefined;
  conflict: Conflict<Activity> | null;
  measures: readonly PlanMeasure[];
  pending: boolean;
  onChange: (field: DraftField, value: string) => void;
  onSave: () => void;
}

/** What a conflict shows: the activity's fields, then the follow-up someone else saved. */
const conflictFields = (measures: readonly PlanMeasure[]) => [
  ...activityFields(measures),
  { label: strings.followUpComment, text: (a: Activity) => a.followUp?.comment ?? '' },
  { label: strings.followUpDate, text: (a: Activity) => a.followUp?.date ?? '' },
];

/** One activity's follow-up: status, comment and date, saved alone or with the others. */
export function FollowUpRow(props: FollowUpRowProps) {
  const { activity, index, draft, errors, onChange } = props;
  const context = strings.followUpRowLabel(activity.position, activity.measureNumber);
  const id = (field: DraftField) => `follow-up-${activity.id}-${field}`;
  const cell = (field: DraftField) => ({
    id: id(field),
    'data-row': index,
    'data-column': field,
    onKeyDown: onGridKeyDown,
    'aria-invalid': errors?.[field] ? true : undefined,
    'aria-describedby': describedBy(id(field), { error: errors?.[field] }),
  });
  const label = (field: DraftField, text: string) => (
    <label htmlFor={id(field)} className="visually-hidden">
      {text}, {context}
    </label>
  );
  const notes = [
    ...movedTexts(activity),
    ...(activity.followUp?.source ? [followUpSourceText(activity.followUp.source)] : []),
  ];
  return (
    <>
      <tr className={props.changed ? 'follow-up-grid__row--changed' : undefined}>
        <td data-label={strings.rowNumber} className="plan-table__number">
          {activity.measureNumber}.{activity.position}
        </td>
        <td data-label={strings.activity} className="plan-table__text">
          {activity.text} <ActivityDraftNote draft={activity.draft} />
          {notes.map((note) => (
            <span key={note} className="plan-table__follow-up">
              {note}
            </span>
          ))}
        </td>
        <td data-label={strings.status}>
          {label('status', strings.status)}
          <FieldMessage id={id('status')} error={errors?.status} />
          <select
            {...cell('status')}
            value={draft.status}
            onChange={(event) => onChange('status', event.target.value)}
          >
            {ActivityStatusSchema.options.map((option) => (
              <option key={option} value={option}>
                {ACTIVITY_STATUS_LABELS[option]}
              </option>
            ))}
          </select>
        </td>
        <td data-label={strings.followUpComment}>
          {label('comment', strings.followUpComment)}
          <FieldMessage id={id('comment')} error={errors?.comment} />
          <input
            {...cell('comment')}
            type="text"
            value={draft.comment}
            onChange={(event) => onChange('comment', event.target.value)}
          />
        </td>
        <td data-label={strings.followUpDate}>
          {label('date', strings.followUpDate)}
          <FieldMessage id={id('date')} error={errors?.date} />
          <input
            {...cell('date')}
            type="date"
            value={draft.date}
            onChange={(event) => onChange('date', event.target.value)}
          />
        </td>
        <td className="plan-table__actions">
          {props.changed && (
            <span className="follow-up-grid__changed">{strings.followUpChanged}</span>
          )}
          <button
            type="button"
            className="button button--small button--secondary"
            disabled={props.pending}
            onClick={props.onSave}
          >
            {strings.followUpSaveRow}
            <span className="visually-hidden"> {context}</span>
          </button>
        </td>
      </tr>
      {props.conflict && (
        <tr>
          <td colSpan={FOLLOW_UP_COLUMNS}>
            <ConflictBox
              {...props.conflict}
              subject={strings.conflictSubject}
              notSaved={strings.followUpNotSaved}
              fields={conflictFields(props.measures)}
            />
          </td>
        </tr>
      )}
    </>
  );
}
