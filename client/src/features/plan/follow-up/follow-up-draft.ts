import { FollowUpBatchSchema, type Activity, type ActivityStatus } from '@malbild/shared';
import { zodFieldErrors, type FieldErrors } from '../../../lib/field-errors';
import { today } from '../form-model';

// The follow-up grid's model: one draft per activity, laid on the version it was based on.

export interface FollowUpDraft {
  status: ActivityStatus;
  comment: string;
  date: string;
}

export type DraftField = keyof FollowUpDraft;

/** A row as it starts: the activity's current follow-up, or today's date for the first. */
export const draftOf = (activity: Activity): FollowUpDraft => ({
  status: activity.status,
  comment: activity.followUp?.comment ?? '',
  date: activity.followUp?.date ?? today(),
});

export const isChanged = (draft: FollowUpDraft, base: Activity) => {
  const pristine = draftOf(base);
  return (Object.keys(draft) as DraftField[]).some((field) => draft[field] !== pristine[field]);
};

/**
 * The batch for the given rows, checked with the server's schema; on a refusal, the Swedish
 * message per activity id and field ("status", "date"), as the grid shows them.
 */
export function batchOf(rows: readonly { base: Activity; draft: FollowUpDraft }[]) {
  const followUps = rows.map(({ base, draft }) => ({
    id: base.id,
    version: base.version,
    ...draft,
  }));
  const checked = FollowUpBatchSchema.safeParse({ followUps });
  if (checked.success) return { batch: checked.data, errors: null };
  return { batch: null, errors: errorsPerRow(rows, zodFieldErrors(checked.error)) };
}

/** "followUps.2.date" → the third row's date; the grid keys its errors by activity id. */
export function errorsPerRow(
  rows: readonly { base: Activity }[],
  errors: FieldErrors,
): Map<number, FieldErrors> {
  const perRow = new Map<number, FieldErrors>();
  for (const [path, message] of Object.entries(errors)) {
    const [, index, field] = /^followUps\.(\d+)\.(\w+)$/.exec(path) ?? [];
    const row = rows[Number(index)];
    if (!row || !field) continue;
    perRow.set(row.base.id, { ...perRow.get(row.base.id), [field]: message });
  }
  return perRow;
}
