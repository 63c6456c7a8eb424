import '../follow-up.css';
import { AnalysisInputSchema, type Analysis } from '@malbild/shared';
import type { ConflictField } from '../../../components/conflict-box';
import { TextAreaField } from '../../../components/text-field';
import { conflictingAnalysis, useSaveAnalysis, type AnalysisKey } from '../api/write-follow-up';
import { strings } from '../strings';
import { ReviewedDraftForm } from './reviewed-draft-form';

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
  const id = `analysis-${analysisKey.number}-${analysisKey.year}-${analysisKey.occasion}`;
  return (
    <ReviewedDraftForm
      stored={stored}
      formOf={formOf}
      conflictOf={conflictingAnalysis}
      schema={AnalysisInputSchema}
      save={(input) => save.mutateAsync({ key: analysisKey, ...input })}
      target={(analysis) => ({ kind: 'analysis', id: analysis.id })}
      subject={strings.analysisSubject}
      fields={FIELDS}
    >
      {(form, editable) => (
        <TextAreaField
          id={`${id}-text`}
          label={strings.textLabel}
          hint={strings.textHint}
          rows={8}
          readOnly={!editable}
          {...form.field('text')}
        />
      )}
    </ReviewedDraftForm>
  );
}
