import { JUDGEMENT_LEVEL_LABELS, type Judgement, type JudgementSubject } from '@malbild/shared';
import { useFollowUp } from '../api/get-follow-up';
import { strings } from '../strings';

interface Named {
  id: number;
  name: string;
}

/** One published judgement: the level in words, its reason and when it was published. */
export function JudgementText({ judgement }: { judgement: Judgement }) {
  const published = judgement.published;
  if (!published) return null;
  return (
    <div className="judgement">
      <p className="judgement__level">
        <span className="judgement__label">{strings.judgementLevel}:</span>{' '}
        <strong>{JUDGEMENT_LEVEL_LABELS[published.level]}</strong>
      </p>
      <p>{published.reason}</p>
      <p className="analysis__meta">{strings.publishedOn(published.publishedAt)}</p>
    </div>
  );
}

const find = (judgements: readonly Judgement[], subject: JudgementSubject, id: number) =>
  judgements.find((j) => j.subject === subject && j.subjectId === id && j.published);

/**
 * The start page's published judgements of the year, per area and goal, in the period's order;
 * nothing when none is published.
 */
export function PublishedJudgements({
  year,
  period,
  areas,
}: {
  year: number;
  period?: number | undefined;
  areas: readonly (Named & { goals: readonly Named[] })[];
}) {
  const query = useFollowUp(year, period);
  const judgements = query.data?.judgements ?? [];
  const rows = areas.flatMap((area) => [
    { key: `area-${area.id}`, name: area.name, judgement: find(judgements, 'area', area.id) },
    ...area.goals.map((goal) => ({
      key: `goal-${goal.id}`,
      name: goal.name,
      judgement: find(judgements, 'goal', goal.id),
    })),
  ]);
  const shown = rows.filter((row) => row.judgement);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="judgements-heading">
      <h2 id="judgements-heading">{strings.judgementHeading(year)}</h2>
      {shown.map((row) => (
        <article key={row.key} className="card judgement-card">
          <h3>{row.name}</h3>
          <JudgementText judgement={row.judgement!} />
        </article>
      ))}
    </section>
  );
}

/** A goal's or area's published judgement of the year, under its own heading. */
export function SubjectJudgement({
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
  const query = useFollowUp(year, period);
  const judgement = find(query.data?.judgements ?? [], subject, id);
  if (!judgement) return null;
  return (
    <section aria-labelledby={`judgement-${subject}-${id}`}>
      <h2 id={`judgement-${subject}-${id}`}>{strings.judgementHeading(year)}</h2>
      <JudgementText judgement={judgement} />
    </section>
  );
}
