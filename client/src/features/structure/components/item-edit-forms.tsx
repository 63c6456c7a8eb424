import { AreaChangeSchema, GoalChangeSchema, type PeriodDetail } from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { SelectField, TextAreaField, TextField } from '../../../components/text-field';
import {
  StoredAreaSchema,
  StoredGoalSchema,
  useChangeArea,
  useChangeGoal,
  type StoredArea,
  type StoredGoal,
} from '../api/change-item';
import { strings } from '../strings';
import { ReasonField } from './reason-field';
import { useStructureEdit } from './use-structure-edit';

// A målområde's name; a verksamhetsmål's name, "Det här menar vi med målet" and area. Each saves
// against the version the page showed, with an optional reason the history keeps.

interface EditFormProps<Stored> {
  period: PeriodDetail;
  stored: Stored;
  onDone: (message: string | null) => void;
}

/** The end of both forms: why, save, cancel. */
interface EditFormEndProps {
  id: string;
  edit: {
    reason: string;
    setReason: (reason: string) => void;
    form: { errors: Partial<Record<string, string>>; pending: boolean; reapplied: boolean };
  };
  onDone: (message: string | null) => void;
}

function EditFormEnd({ id, edit, onDone }: EditFormEndProps) {
  return (
    <>
      <ReasonField
        id={`${id}-reason`}
        value={edit.reason}
        onChange={edit.setReason}
        error={edit.form.errors.reason}
      />
      <FormActions
        submitLabel={strings.save}
        pending={edit.form.pending}
        reapplied={edit.form.reapplied}
      >
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {strings.cancel}
        </button>
      </FormActions>
    </>
  );
}

const AREA_FIELDS: readonly ConflictField<StoredArea>[] = [
  { label: strings.areaName, text: (area) => area.name },
];

export function AreaEditForm({ period, stored, onDone }: EditFormProps<StoredArea>) {
  const change = useChangeArea(period.id);
  const { formRef, form, reason, setReason, submit } = useStructureEdit({
    stored,
    formOf: (area: StoredArea) => ({ name: area.name }),
    storedSchema: StoredAreaSchema,
    changeSchema: AreaChangeSchema,
    changeOf: (edits) => edits,
    request: (body) => change.mutateAsync({ id: stored.id, change: body }),
    onSaved: (saved) => onDone(strings.saved(saved.name)),
    onUnchanged: () => onDone(null),
  });
  const id = `area-${stored.id}`;
  return (
    <form ref={formRef} className="form structure-edit" noValidate onSubmit={submit}>
      {form.conflict && (
        <ConflictBox {...form.conflict} subject={strings.areaSubject} fields={AREA_FIELDS} />
      )}
      {form.failure && <ErrorAlert message={form.failure.message} />}
      <TextField id={`${id}-name`} label={strings.areaName} {...form.field('name')} />
      <EditFormEnd id={id} edit={{ reason, setReason, form }} onDone={onDone} />
    </form>
  );
}

interface GoalTexts {
  name: string;
  description: string;
  areaId: string;
}

const goalTexts = (goal: StoredGoal): GoalTexts => ({
  name: goal.name,
  description: goal.description.join('\n\n'),
  areaId: String(goal.areaId),
});

export function GoalEditForm({ period, stored, onDone }: EditFormProps<StoredGoal>) {
  const change = useChangeGoal(period.id);
  const { formRef, form, reason, setReason, submit } = useStructureEdit({
    stored,
    formOf: goalTexts,
    storedSchema: StoredGoalSchema,
    changeSchema: GoalChangeSchema,
    changeOf: ({ areaId, ...texts }) => ({
      ...texts,
      ...(areaId !== undefined && { areaId: Number(areaId) }),
    }),
    request: (body) => change.mutateAsync({ id: stored.id, change: body }),
    onSaved: (saved) => onDone(strings.saved(saved.name)),
    onUnchanged: () => onDone(null),
  });
  const areaName = (goal: StoredGoal) =>
    period.areas.find((area) => area.id === goal.areaId)?.name ?? '';
  const fields: readonly ConflictField<StoredGoal>[] = [
    { label: strings.goalName, text: (goal) => goal.name },
    { label: strings.description, text: (goal) => goal.description.join('\n\n') },
    { label: strings.area, text: areaName },
  ];
  const id = `goal-${stored.id}`;
  return (
    <form ref={formRef} className="form structure-edit" noValidate onSubmit={submit}>
      {form.conflict && (
        <ConflictBox {...form.conflict} subject={strings.goalSubject} fields={fields} />
      )}
      {form.failure && <ErrorAlert message={form.failure.message} />}
      <TextField id={`${id}-name`} label={strings.goalName} {...form.field('name')} />
      <TextAreaField
        id={`${id}-description`}
        label={strings.description}
        hint={strings.descriptionHint}
        rows={6}
        {...form.field('description')}
      />
      <SelectField
        id={`${id}-area`}
        label={strings.area}
        {...form.field('areaId')}
        options={period.areas.map((area) => ({ value: String(area.id), label: area.name }))}
      />
      <EditFormEnd id={id} edit={{ reason, setReason, form }} onDone={onDone} />
    </form>
  );
}
