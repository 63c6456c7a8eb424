import { useState, type SubmitEvent } from 'react';
import { may, PeriodChangeSchema, PeriodSchema, type Period } from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextAreaField, TextField } from '../../../components/text-field';
import { useFormSubmit } from '../../../lib/form-submit';
import { useSession } from '../../../lib/session';
import { useChangePeriod } from '../api/change-period';
import { strings } from '../strings';
import { ReasonField } from './reason-field';
import { useStructureEdit } from './use-structure-edit';

interface PeriodTexts {
  name: string;
  startYear: string;
  endYear: string;
  vision: string;
  public: boolean;
}

const periodTexts = (period: Period): PeriodTexts => ({
  name: period.name,
  startYear: String(period.startYear),
  endYear: String(period.endYear),
  vision: period.vision,
  public: period.public,
});

const PERIOD_FIELDS: readonly ConflictField<Period>[] = [
  { label: strings.name, text: (period) => period.name },
  { label: strings.startYear, text: (period) => String(period.startYear) },
  { label: strings.endYear, text: (period) => String(period.endYear) },
  { label: strings.vision, text: (period) => period.vision },
  { label: strings.publicLabel, text: (period) => (period.public ? strings.yes : strings.no) },
];

/** A period's name, years, vision and, while planned, whether the public sees it as "Förslag". */
export function PeriodEditForm({
  period,
  onNotice,
}: {
  period: Period;
  onNotice: (message: string) => void;
}) {
  const change = useChangePeriod();
  const [status, setStatus] = useState<string | null>(null);
  const { formRef, form, reason, setReason, submit } = useStructureEdit({
    stored: period,
    formOf: periodTexts,
    storedSchema: PeriodSchema,
    changeSchema: PeriodChangeSchema,
    changeOf: ({ startYear, endYear, ...rest }) => ({
      ...rest,
      ...(startYear !== undefined && { startYear: Number(startYear) || undefined }),
      ...(endYear !== undefined && { endYear: Number(endYear) || undefined }),
    }),
    request: (body) => {
      setStatus(null);
      return change.mutateAsync({ id: period.id, change: body });
    },
    onSaved: (saved) => {
      setStatus(strings.saved(saved.name));
      if (saved.public !== period.public) {
        onNotice(saved.public ? strings.madePublic(saved.name) : strings.madeHidden(saved.name));
      }
    },
    onUnchanged: () => setStatus(strings.unchanged),
  });
  const planning = form.base.status === 'planning';
  return (
    <form ref={formRef} className="form" noValidate onSubmit={submit} aria-labelledby="period-edit">
      <h3 id="period-edit">{strings.editPeriod}</h3>
      {form.conflict && (
        <ConflictBox {...form.conflict} subject={strings.periodSubject} fields={PERIOD_FIELDS} />
      )}
      {form.failure && <ErrorAlert message={form.failure.message} />}
      <TextField
        id="edit-period-name"
        label={strings.name}
        {...form.field('name')}
        autoComplete="off"
      />
      {(['startYear', 'endYear'] as const).map((field) => (
        <TextField
          key={field}
          id={`edit-period-${field}`}
          label={strings[field]}
          hint={strings.yearsHint}
          {...form.field(field)}
          inputMode="numeric"
          autoComplete="off"
        />
      ))}
      <TextAreaField id="edit-period-vision" label={strings.vision} {...form.field('vision')} />
      {planning && (
        <div className="form-field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={form.form.public}
              onChange={(event) => form.set({ public: event.target.checked })}
              aria-describedby="edit-period-public-hint"
            />
            {strings.publicLabel}
          </label>
          <p id="edit-period-public-hint" className="form-field__hint">
            {strings.publicHint}
          </p>
        </div>
      )}
      <ReasonField
        id="edit-period-reason"
        value={reason}
        onChange={setReason}
        error={form.errors.reason}
      />
      <FormActions
        submitLabel={strings.savePeriod}
        pending={form.pending}
        reapplied={form.reapplied}
        status={status}
      />
    </form>
  );
}

/** An administrator opens a closed period again; the API needs a reason, which history keeps. */
export function ReopenForm({
  period,
  onNotice,
}: {
  period: Period;
  onNotice: (message: string) => void;
}) {
  const session = useSession();
  const change = useChangePeriod();
  const { formRef, errors, pending, failure, send } = useFormSubmit();
  const [reason, setReason] = useState('');
  if (period.status !== 'closed' || !may(session.data?.user, 'administer')) return null;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const body = {
      status: 'active' as const,
      version: period.version,
      reason: reason.trim() || undefined,
    };
    void send(() => change.mutateAsync({ id: period.id, change: body }), {
      onSuccess: (reopened) => {
        setReason('');
        onNotice(strings.reopened(reopened.name));
      },
    });
  };
  return (
    <form
      ref={formRef}
      className="form"
      noValidate
      onSubmit={submit}
      aria-labelledby="reopen-period"
    >
      <h3 id="reopen-period">{strings.reopenHeading}</h3>
      <p>{strings.reopenIntro}</p>
      {failure && <ErrorAlert message={failure.message} />}
      <ReasonField
        id="reopen-reason"
        label={strings.reopenReason}
        hint={strings.reopenHint}
        value={reason}
        onChange={setReason}
        error={errors.reason ?? errors.status}
      />
      <FormActions submitLabel={strings.reopen(period.name)} pending={pending} />
    </form>
  );
}
