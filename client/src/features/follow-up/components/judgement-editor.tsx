import {
  JUDGEMENT_LEVEL_LABELS,
  JudgementInputSchema,
  JudgementLevelSchema,
  may,
  type Judgement,
  type JudgementSubject,
} from '@malbild/shared';
import type { ConflictField } from '../../../components/conflict-box';
import { SelectField, TextAreaField } from '../../../components/text-field';
import { useSession } from '../../../lib/session';
import { useHydrated } from '../../../lib/use-hydrated';
import { useFollowUp } from '../api/get-follow-up';
import { conflictingJudgement, useSaveJudgement, type JudgementKey } from '../api/write-follow-up';
import { strings } from '../strings';
import { ReviewedDraftForm } from './reviewed-draft-form';

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
  const id = `judgement-${judgementKey.subject}-${judgementKey.id}-${judgementKey.year}`;
  return (
    <ReviewedDraftForm
      stored={stored}
      formOf={formOf}
      conflictOf={conflictingJudgement}
      schema={JudgementInputSchema}
      save={(input) => save.mutateAsync({ key: judgementKey, ...input })}
      target={(judgement) => ({ kind: 'judgement', id: judgement.id })}
      subject={strings.judgementSubject}
      fields={FIELDS}
    >
      {(form, editable) => (
        <>
          <SelectField
            id={`${id}-level`}
            label={strings.judgementLevel}
            options={JudgementLevelSchema.options.map((level) => ({
              value: level,
              label: JUDGEMENT_LEVEL_LABELS[level],
            }))}
            {...form.field('level')}
            onChange={(value) => form.set({ level: JudgementLevelSchema.parse(value) })}
          />
          <TextAreaField
            id={`${id}-reason`}
            label={strings.judgementReason}
            rows={4}
            readOnly={!editable}
            {...form.field('reason')}
          />
        </>
      )}
    </ReviewedDraftForm>
  );
}
