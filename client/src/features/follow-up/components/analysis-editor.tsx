import '../follow-up.css';
import type { SubmitEvent } from 'react';
import { AnalysisInputSchema, stateAfterEdit, type Analysis } from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { TextAreaField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useVersionedForm } from '../../../lib/versioned-form';
import { conflictingAnalysis, useSaveAnalysis, type AnalysisKey } from '../api/write-follow-up';
import { strings } from '../strings';
import { ReviewStateBadge } from './review-state';
import { StepButtons } from './step-buttons';

const formOf = (stored: Analysis | null) => ({ text: stored?.draft?.text ?? '' });
const FIELDS: ConflictField<Analysis>[] = [
  { label: strings.textLabel, text: (a) => a.draft?.text ?? '' },
];

/** The draft of one analysis: written, saved, then taken through the workflow. */
export function AnalysisEditor({
  analysisKey,
  stored,
}: {
  analysisKey: AnalysisKey;
  stored: Analysis | null;
}) {
  const save = useSaveAnalysis();
  const { formRef, ...versioned } = useVersionedForm({
    stored,
    formOf,
    conflictOf: conflictingAnalysis,
  });
  const draft = versioned.base?.draft ?? null;
  const editable = stateAfterEdit(draft?.state ?? null) !== null;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = AnalysisInputSchema.safeParse({
      ...versioned.form,
      version: draft?.version ?? 0,
    });
    if (!checked.success) {
      versioned.showErrors(zodFieldErrors(checked.error));
      return;
    }
    void versioned.save(() => save.mutateAsync({ key: analysisKey, ...checked.data }));
  };
  const id = `analysis-${analysisKey.number}-${analysisKey.year}-${analysisKey.occasion}`;
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
            subject={strings.analysisSubject}
            notSaved={strings.notSaved}
            fields={FIELDS}
          />
        )}
        {versioned.failure && <ErrorAlert message={versioned.failure.message} />}
        <TextAreaField
          id={`${id}-text`}
          label={strings.textLabel}
          hint={strings.textHint}
          rows={8}
          readOnly={!editable}
          {...versioned.field('text')}
        />
        {editable && (
          <FormActions
            submitLabel={strings.saveDraft}
            pending={versioned.pending}
            status={save.isSuccess && !versioned.edited ? strings.saved : null}
          />
        )}
      </form>
      {draft && versioned.base && !versioned.edited && (
        <StepButtons
          target={{ kind: 'analysis', id: versioned.base.id }}
          state={draft.state}
          version={draft.version}
          isAuthor
        />
      )}
    </>
  );
}
