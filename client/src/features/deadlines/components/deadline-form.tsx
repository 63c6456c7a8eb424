import { useEffect, type SubmitEvent } from 'react';
import {
  DeadlineChangeSchema,
  DeadlineSchema,
  deadlineLabel,
  type Deadline,
} from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { formatDay } from '../../../lib/format';
import { conflictCurrent, useVersionedForm } from '../../../lib/versioned-form';
import { useSaveDeadline } from '../api/save-deadline';
import { strings } from '../strings';

const formOf = (deadline: Deadline) => ({ dueDate: deadline.dueDate ?? '' });

const FIELDS: readonly ConflictField<Deadline>[] = [
  {
    label: strings.dueDate,
    text: (d) => (d.dueDate ? formatDay(d.dueDate) : strings.notSet),
  },
];

interface DeadlineFormProps {
  deadline: Deadline;
  period: number | undefined;
  onDone: (saved: Deadline | null) => void;
}

/** One date of the calendar, saved against the version shown; blank removes it. */
export function DeadlineForm({ deadline, period, onDone }: DeadlineFormProps) {
  const save = useSaveDeadline(period);
  const { formRef, ...versioned } = useVersionedForm({
    stored: deadline,
    formOf,
    conflictOf: (error) => conflictCurrent(error, DeadlineSchema),
  });
  const { conflict, failure, form, base } = versioned;
  const what = deadlineLabel(deadline.kind);
  const id = `deadline-${deadline.year}-${deadline.kind}`;
  // The form takes the place of the button that opened it: the keyboard goes on in its field.
  useEffect(() => formRef.current?.querySelector('input')?.focus(), [formRef]);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = DeadlineChangeSchema.safeParse({
      year: deadline.year,
      kind: deadline.kind,
      dueDate: form.dueDate.trim() || null,
      version: base.version,
    });
    if (!parsed.success) {
      versioned.showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void versioned.save(() => save.mutateAsync(parsed.data), onDone);
  };

  return (
    <form ref={formRef} className="form deadline-form" onSubmit={submit} noValidate>
      {conflict && <ConflictBox {...conflict} subject={strings.subject} fields={FIELDS} />}
      {failure && <ErrorAlert message={failure.message} />}
      <TextField
        id={id}
        label={strings.dateLabel(what, deadline.year)}
        hint={strings.dateHint}
        type="date"
        {...versioned.field('dueDate')}
      />
      <FormActions
        submitLabel={strings.save}
        pending={versioned.pending}
        reapplied={versioned.reapplied}
      >
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {strings.cancel}
        </button>
      </FormActions>
    </form>
  );
}
