import type { SubmitEvent } from 'react';
import {
  JUDGEMENT_LEVEL_LABELS,
  JudgementInputSchema,
  JudgementLevelSchema,
  may,
  stateAfterEdit,
  type Judgement,
  type JudgementSubject,
} from '@malbild/shared';
import { ConflictBox, type ConflictField } from '../../../components/conflict-box';
import { ErrorAlert } from '../../../components/error-alert';
import { FormActions } from '../../../components/form-actions';
import { SelectField, TextAreaField } from '../../../components/text-field';
import { zodFieldErrors } from '../../../lib/field-errors';
import { useSession } from '../../../lib/session';
import { useHydrated } from '../../../lib/use-hydrated';
import { useVersionedForm } from '../../../lib/versioned-form';
import { useFollowUp } from '../api/get-follow-up';
import { conflictingJudgement, useSaveJudgement, type JudgementKey } from '../api/write-follow-up';
import { strings } from '../strings';
import { ReviewStateBadge } from './review-state';
import { StepButtons } from './step-buttons';

const formOf = (stored: Judgement | null) => ({
  level: stored?.draft?.level ?? 'met',
  reason: stored?.draft?.reason ?? '',
});
const FIELDS: ConflictField<Judgement>[] = [
  {
    label: strings.judgementLevel,
    text: (j) => (j.draft ? JUDGEMENT_LEVEL_LABELS[j.draft.level] : ''),
  },
  { label: strings.judgementReason, text: (j) => j.draft?.reason ?? '' },
];

/** For controllers: the year's judgement of a goal or area, written and taken to publishing. */
export function JudgementWriter({
  subject,
  id,
  year,
  period,
}: {
  subject: JudgementSubject;
  id: number;
  year: number;
  period?: number | undefined;
}) {
  const user = useSession().data?.user ?? null;
  const hydrated = useHydrated();
  const drafts = useFollowUp(
    hydrated && may(user, 'reviewFollowUp') ? year : undefined,
    period,
    true,
  );
  if (!drafts.data) return null;
  const stored =
    drafts.data.judgements.find((j) => j.subject === subject && j.subjectId === id) ?? null;
  return (
    <section aria-labelledby={`judgement-writer-${id}`} className="analysis-writer">
      <h2 id={`judgement-writer-${id}`}>{strings.writeJudgementHeading(year)}</h2>
      <p>{strings.judgementIntro}</p>
      {drafts.data.lock && <p>{strings.lockedNote(year)}</p>}
      <JudgementEditor
        key={`${year}-${stored?.id ?? 0}-${stored?.draft?.version ?? 0}`}
        judgementKey={{ subject, id, year, period }}
        stored={stored}
      />
    </section>
  );
}

function JudgementEditor({
  judgementKey,
  stored,
}: {
  judgementKey: JudgementKey;
  stored: Judgement | null;
}) {
  const save = useSaveJudgement();
  const { formRef, ...versioned } = useVersionedForm({
    stored,
    formOf,
    conflictOf: conflictingJudgement,
  });
  const draft = versioned.base?.draft ?? null;
  const editable = stateAfterEdit(draft?.state ?? null) !== null;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const checked = JudgementInputSchema.safeParse({
      ...versioned.form,
      version: draft?.version ?? 0,
    });
    if (!checked.success) {
      versioned.showErrors(zodFieldErrors(checked.error));
      return;
    }
    void versioned.save(() => save.mutateAsync({ key: judgementKey, ...checked.data }));
  };
  const id = `judgement-${judgementKey.subject}-${judgementKey.id}-${judgementKey.year}`;
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
            subject={strings.judgementSubject}
            notSaved={strings.notSaved}
            fields={FIELDS}
          />
        )}
        {versioned.failure && <ErrorAlert message={versioned.failure.message} />}
        <SelectField
          id={`${id}-level`}
          label={strings.judgementLevel}
          options={JudgementLevelSchema.options.map((level) => ({
            value: level,
            label: JUDGEMENT_LEVEL_LABELS[level],
          }))}
          {...versioned.field('level')}
          onChange={(value) => versioned.set({ level: JudgementLevelSchema.parse(value) })}
        />
        <TextAreaField
          id={`${id}-reason`}
          label={strings.judgementReason}
          rows={4}
          readOnly={!editable}
          {...versioned.field('reason')}
        />
        {editable && <FormActions submitLabel={strings.saveDraft} pending={versioned.pending} />}
      </form>
      {draft && versioned.base && !versioned.edited && (
        <StepButtons
          target={{ kind: 'judgement', id: versioned.base.id }}
          state={draft.state}
          version={draft.version}
          isAuthor
        />
      )}
    </>
  );
}
