import { useState } from 'react';
import {
  mayWriteAnalysisOf,
  OccasionSchema,
  OCCASION_LABELS,
  type Analysis,
  type Occasion,
} from '@malbild/shared';
import { SelectField } from '../../../components/text-field';
import { useHydrated } from '../../../lib/use-hydrated';
import { useSession } from '../../../lib/session';
import { useMeasureAnalyses } from '../api/get-follow-up';
import { strings } from '../strings';
import { AnalysisEditor } from './analysis-editor';
import { RichText } from './rich-text';

interface MeasureAnalysesProps {
  number: number;
  period?: number | undefined;
  responsibleUnit: string | null;
  /** The years the period follows up. */
  years: readonly number[];
}

/**
 * "Analys och kommentar" on the measure page: the published analyses for everyone, newest first;
 * for the measure's authors (its responsible unit's editors, controllers) a section to write one.
 */
export function MeasureAnalyses({ number, period, responsibleUnit, years }: MeasureAnalysesProps) {
  const published = useMeasureAnalyses(number, period);
  const user = useSession().data?.user ?? null;
  const hydrated = useHydrated();
  const shown = (published.data ?? []).filter((a) => a.published).reverse();
  return (
    <section aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">{strings.analysisHeading}</h2>
      {shown.length === 0 && published.isSuccess && <p>{strings.noAnalysis}</p>}
      {shown.map((analysis) => (
        <article key={analysis.id} className="analysis">
          <h3>{strings.analysisOf(analysis.year, analysis.occasion)}</h3>
          <RichText text={analysis.published!.text} />
          <p className="analysis__meta">{strings.publishedOn(analysis.published!.publishedAt)}</p>
        </article>
      ))}
      {hydrated && mayWriteAnalysisOf(user, responsibleUnit) && (
        <AnalysisWriter number={number} period={period} years={years} />
      )}
    </section>
  );
}

function AnalysisWriter({
  number,
  period,
  years,
}: {
  number: number;
  period?: number | undefined;
  years: readonly number[];
}) {
  const drafts = useMeasureAnalyses(number, period, true);
  const [year, setYear] = useState(years.at(-1) ?? new Date().getFullYear());
  const [occasion, setOccasion] = useState<Occasion>('annual');
  if (!drafts.data) return null;
  const stored: Analysis | null =
    drafts.data.find((a) => a.year === year && a.occasion === occasion) ?? null;
  return (
    <div className="analysis-writer">
      <h3>{strings.writeHeading}</h3>
      <p>{strings.writeIntro}</p>
      <div className="analysis-writer__choice">
        <SelectField
          id={`analysis-${number}-year`}
          label={strings.yearLabel}
          value={String(year)}
          onChange={(value) => setYear(Number(value))}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectField
          id={`analysis-${number}-occasion`}
          label={strings.occasionLabel}
          value={occasion}
          onChange={(value) => setOccasion(OccasionSchema.parse(value))}
          options={OccasionSchema.options.map((o) => ({ value: o, label: OCCASION_LABELS[o] }))}
        />
      </div>
      <AnalysisEditor
        key={`${year}-${occasion}-${stored?.id ?? 0}-${stored?.draft?.version ?? 0}`}
        analysisKey={{ number, year, occasion, period }}
        stored={stored}
      />
    </div>
  );
}
