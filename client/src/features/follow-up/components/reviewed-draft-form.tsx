import type { ReactNode, SubmitEvent } from 'react';
import type { z } from 'zod';
import { stateAfterEdit, type ReviewState } from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useVersionedForm } from '../../../lib/versioned-form';
import type { StepTarget } from '../api/write-follow-up';
import { strings } from '../strings';
import { ReviewStateBadge } from './review-state';
import { StepButtons } from './step-buttons';

type Reviewed = { id: number; draft: { state: ReviewState; version: number } | null };
type VersionedForm<Stored extends Reviewed, Form extends object> = Omit<
  ReturnType<typeof useVersionedForm<Stored | null, Form>>,
  'formRef'
>;

interface ReviewedDraftFormProps<Stored extends Reviewed, Form extends object, Input> {
  stored: Stored | null;
  formOf: (stored: Stored | null) => Form;
  conflictOf: (error: unknown) => Stored | null;
  /** The shared input schema the server checks too; the form adds the version. */
  schema: z.ZodType<Input>;
  save: (input: Input) => Promise<Stored>;
  target: (stored: Stored) => StepTarget;
  /** "analysen", "bedömningen": for the conflict box. */
  subject: string;
  fields: ConflictField<Stored>[];
  /** The form's fields, given the versioned form and whether the draft may change now. */
  children: (form: VersionedForm<Stored, Form>, editable: boolean) => ReactNode;
}

/**
 * A draft under the review workflow (an analysis, a judgement): its state, the form that saves
 * it against its version (frozen while under review), and the steps the user may take next.
 */
export function ReviewedDraftForm<Stored extends Reviewed, Form extends object, Input>({
  stored,
  formOf,
  conflictOf,
  schema,
  save,
  target,
  subject,
  fields,
  children,
}: ReviewedDraftFormProps<Stored, Form, Input>) {
  const { formRef, ...versioned } = useVersionedForm<Stored | null, Form>({
    stored,
    formOf,
    conflictOf,
  });
  const draft = versioned.base?.draft ?? null;
  const editable = stateAfterEdit(draft?.state ?? null) !== null;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = schema.safeParse({ ...versioned.form, version: draft?.version ?? 0 });
    if (!checked.success) {
      versioned.showErrors(zodFieldErrors(checked.error));
      return;
    }
    void versioned.save(() => save(checked.data));
  };
  return (
    <>
      {draft && (
        <p>
          {strings.stateLabel}: <ReviewStateBadge state={draft.state} />
        </p>
      )}
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        {versioned.conflict && (
          <ConflictBox
            {...versioned.conflict}
            subject={subject}
            notSaved={strings.notSaved}
            fields={fields}
          />
        )}
        {versioned.failure && <ErrorAlert message={versioned.failure.message} />}
        {children(versioned, editable)}
        {editable && <FormActions submitLabel={strings.saveDraft} pending={versioned.pending} />}
      </form>
      {draft && versioned.base && !versioned.edited && (
        <StepButtons
          target={target(versioned.base)}
          state={draft.state}
          version={draft.version}
          isAuthor
        />
      )}
    </>
  );
}
