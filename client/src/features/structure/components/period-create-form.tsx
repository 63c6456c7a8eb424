import { useState, type SubmitEvent } from 'react';
import { PeriodCreateSchema, type Period } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { SelectField, TextAreaField, TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/form-submit';
import { useCreatePeriod } from '../api/create-period';
import { strings } from '../strings';

const EMPTY_PERIOD = {
  name: '',
  startYear: '',
  endYear: '',
  vision: '',
  copyFrom: '',
  copyTargets: false,
};

/** A new period: its name, years and vision, optionally copied from an earlier period. */
export function PeriodCreateForm({
  periods,
  onCreated,
}: {
  periods: readonly Period[];
  onCreated: (period: Period) => void;
}) {
  const create = useCreatePeriod();
  const { formRef, errors, showErrors, pending, failure, send } = useFormSubmit();
  const [form, setForm] = useState(EMPTY_PERIOD);
  const set = (change: Partial<typeof form>) => setForm((previous) => ({ ...previous, ...change }));

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const parsed = PeriodCreateSchema.safeParse({
      name: form.name,
      startYear: Number(form.startYear) || undefined,
      endYear: Number(form.endYear) || undefined,
      vision: form.vision,
      ...(form.copyFrom && {
        copyFrom: { periodId: Number(form.copyFrom), targets: form.copyTargets },
      }),
    });
    if (!parsed.success) {
      showErrors(zodFieldErrors(parsed.error));
      return;
    }
    void send(() => create.mutateAsync(parsed.data), {
      onSuccess: (period) => {
        setForm(EMPTY_PERIOD);
        onCreated(period);
      },
    });
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit}>
      {failure && <ErrorAlert message={failure.message} />}
      <TextField
        id="period-name"
        label={strings.name}
        hint={strings.nameHint}
        value={form.name}
        onChange={(name) => set({ name })}
        error={errors.name}
        autoComplete="off"
      />
      {(['startYear', 'endYear'] as const).map((field) => (
        <TextField
          key={field}
          id={`period-${field}`}
          label={strings[field]}
          value={form[field]}
          onChange={(year) => set({ [field]: year })}
          error={errors[field]}
          inputMode="numeric"
          autoComplete="off"
        />
      ))}
      <TextAreaField
        id="period-vision"
        label={strings.vision}
        value={form.vision}
        onChange={(vision) => set({ vision })}
        error={errors.vision}
      />
      <SelectField
        id="period-copy"
        label={strings.copyFrom}
        hint={strings.copyHint}
        value={form.copyFrom}
        onChange={(copyFrom) => set({ copyFrom })}
        error={errors['copyFrom.periodId']}
        options={[
          { value: '', label: strings.copyNone },
          ...periods.map((period) => ({ value: String(period.id), label: period.name })),
        ]}
      />
      {form.copyFrom && (
        <div className="form-field">
          <label>
            <input
              type="checkbox"
              checked={form.copyTargets}
              onChange={(event) => set({ copyTargets: event.target.checked })}
            />{' '}
            {strings.copyTargets}
          </label>
        </div>
      )}
      <FormActions submitLabel={strings.create} pending={pending} />
    </form>
  );
}
