import { useState, type SubmitEvent } from 'react';
import { PeriodCreateSchema, type Period } from '@malbild/shared';
import { ErrorAlert } from '../../../components/error-alert';
import { describedBy } from '../../../components/field-message';
import { FormActions } from '../../../components/form-actions';
import { FormField, TextAreaField, TextField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useFormSubmit } from '../../../lib/form-submit';
import { useCreatePeriod } from '../api/create-period';
import { strings } from '../strings';

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
  const [form, setForm] = useState({
    name: '',
    startYear: '',
    endYear: '',
    vision: '',
    copyFrom: '',
    copyTargets: false,
  });
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
        setForm({
          name: '',
          startYear: '',
          endYear: '',
          vision: '',
          copyFrom: '',
          copyTargets: false,
        });
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
      <TextField
        id="period-start"
        label={strings.startYear}
        value={form.startYear}
        onChange={(startYear) => set({ startYear })}
        error={errors.startYear}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextField
        id="period-end"
        label={strings.endYear}
        value={form.endYear}
        onChange={(endYear) => set({ endYear })}
        error={errors.endYear}
        inputMode="numeric"
        autoComplete="off"
      />
      <TextAreaField
        id="period-vision"
        label={strings.vision}
        value={form.vision}
        onChange={(vision) => set({ vision })}
        error={errors.vision}
      />
      <FormField
        id="period-copy"
        label={strings.copyFrom}
        hint={strings.copyHint}
        error={errors['copyFrom.periodId']}
      >
        <select
          id="period-copy"
          value={form.copyFrom}
          aria-describedby={describedBy('period-copy', {
            hint: strings.copyHint,
            error: errors['copyFrom.periodId'],
          })}
          onChange={(event) => set({ copyFrom: event.target.value })}
        >
          <option value="">{strings.copyNone}</option>
          {periods.map((period) => (
            <option key={period.id} value={period.id}>
              {period.name}
            </option>
          ))}
        </select>
      </FormField>
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
