import {
  buildOverview,
  describePeriodStatus,
  formatMeasureValue,
  formatSwedishNumber,
  JUDGEMENT_LEVEL_LABELS,
  PERIOD_STATUS_LABELS,
  periodStatusKey,
  REVIEW_STATE_LABELS,
  richTextBlocks,
  richTextParagraphs,
  STATE_LABELS,
  type AssessmentState,
  type JudgementLevel,
  type JudgementSubject,
  type Occasion,
  type ReviewState,
  type MeasureWithAssessment,
  type OverviewArea,
  type PeriodDetail,
  type StateCounts,
} from '@malbild/shared';
import type { PublishedFollowUp, StoredAnalysis, StoredJudgement } from '../db/analyses';
import type { Block, FigureBlock, ReportDocument, ReportMetadata, TableBlock } from './document';
import { marker, noteOf } from './outcome-table';

// "Måluppfyllelse {year}", the goal-fulfilment chapter of the delårsrapport and årsredovisning:
// per målområde and verksamhetsmål how many measures reached the year's target (the overview's
// counts, computed from the measures), then each measure with its table of outcomes and targets,
// its chart (the site's chart, drawn on the server) and its state. Outcomes after the year are
// left out, so a report of 2022 says what could be said of 2022.

/** A follow-up text of the report; a draft's state when it is not published (shown on request). */
export interface FollowUpText {
  text: string;
  draftState?: ReviewState;
}

/**
 * Follow-up text (written and approved elsewhere): the analysis per measure number ("Analys och
 * kommentar"), the judgement (helhetsbedömning) per goal id and per area id. Paragraphs are
 * separated by a blank line. Absent: the report has the figures only.
 */
export interface GoalFulfilmentFollowUp {
  measureAnalyses?: ReadonlyMap<number, FollowUpText>;
  goalJudgements?: ReadonlyMap<number, FollowUpText>;
  areaJudgements?: ReadonlyMap<number, FollowUpText>;
  /** Drafts are in it: the document says so under its title. */
  withDrafts?: boolean;
}

/** Unpublished working copies to show in place of the published text (?drafts=true). */
export interface FollowUpDrafts {
  analyses: StoredAnalysis[];
  judgements: StoredJudgement[];
}

const unpublished = (item: { draft: { state: ReviewState } | null }) =>
  item.draft !== null && item.draft.state !== 'published';
const judgementText = (level: JudgementLevel, reason: string) =>
  `${JUDGEMENT_LEVEL_LABELS[level]}.\n\n${reason}`;

/**
 * The report's text from what is published of a year's follow-up: a measure's helår analysis, or
 * its delår one until there is one; a judgement as its level and reason. With drafts, an
 * unpublished working copy takes the place of its published text, marked with its state.
 */
export function goalFulfilmentFollowUp(
  { analyses, judgements }: PublishedFollowUp,
  drafts?: FollowUpDrafts,
): GoalFulfilmentFollowUp {
  type Entry = FollowUpText & { measureNumber: number; occasion: Occasion };
  const texts = new Map<string, Entry>();
  for (const a of analyses) {
    const text = richTextParagraphs(a.blocks).join('\n\n');
    texts.set(`${a.measureNumber} ${a.occasion}`, {
      measureNumber: a.measureNumber,
      occasion: a.occasion,
      text,
    });
  }
  for (const a of drafts?.analyses.filter(unpublished) ?? []) {
    texts.set(`${a.measureNumber} ${a.occasion}`, {
      measureNumber: a.measureNumber,
      occasion: a.occasion,
      text: richTextParagraphs(richTextBlocks(a.draft!.text)).join('\n\n'),
      draftState: a.draft!.state,
    });
  }
  const interimFirst = [...texts.values()].sort((a, b) =>
    a.occasion === b.occasion ? 0 : a.occasion === 'annual' ? 1 : -1,
  );
  const judged = (subject: JudgementSubject) => {
    const bySubject = new Map<number, FollowUpText>(
      judgements
        .filter((j) => j.subject === subject)
        .map((j) => [j.subjectId, { text: judgementText(j.level, j.reason) }]),
    );
    for (const j of drafts?.judgements.filter(unpublished) ?? []) {
      if (j.subject !== subject) continue;
      bySubject.set(j.subjectId, {
        text: judgementText(j.draft!.level, j.draft!.reason),
        draftState: j.draft!.state,
      });
    }
    return bySubject;
  };
  return {
    // Later entries win in a Map: helår after delår.
    measureAnalyses: new Map(
      interimFirst.map(({ measureNumber, ...text }) => [measureNumber, text]),
    ),
    goalJudgements: judged('goal'),
    areaJudgements: judged('area'),
    withDrafts: drafts !== undefined,
  };
}

export interface GoalFulfilmentInput {
  year: number;
  period: PeriodDetail;
  /** The period's measures with outcomes up to `year` and their assessment. */
  measures: MeasureWithAssessment[];
  /** Each measure's chart by its number (PNG); a measure without one has no figure. */
  charts: ReadonlyMap<number, Omit<FigureBlock, 'kind'>>;
  metadata: ReportMetadata;
  followUp?: GoalFulfilmentFollowUp;
}

const STATES: AssessmentState[] = ['met', 'improving', 'not_met', 'no_data'];
const count = (n: number) => ({ text: formatSwedishNumber(n), align: 'right' as const });
const total = (counts: StateCounts) => STATES.reduce((sum, state) => sum + counts[state], 0);

/** The mark of a text not published, with its state in the workflow. */
const draftMark = (state: ReviewState) =>
  `[Utkast – ej publicerad. Läge: ${REVIEW_STATE_LABELS[state]}]`;

function paragraphs(label: string, entry: FollowUpText | undefined): Block[] {
  if (!entry?.text.trim()) return [];
  const heading = entry.draftState ? `${label} ${draftMark(entry.draftState)}` : label;
  return entry.text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part, index) => ({
      kind: 'paragraph' as const,
      text: index === 0 ? `${heading}: ${part}` : part,
    }));
}

function countsTable(area: OverviewArea, year: number): TableBlock {
  return {
    kind: 'table',
    caption: `${area.name}: antal resultatmått per läge ${year}`,
    header: [
      {
        cells: [
          { text: 'Verksamhetsmål' },
          ...STATES.map((state) => ({ text: STATE_LABELS[state], align: 'right' as const })),
          { text: 'Resultatmått', align: 'right' },
        ],
      },
    ],
    rows: [
      ...area.goals.map((goal) => ({
        cells: [
          { text: goal.name },
          ...STATES.map((state) => count(goal.counts[state])),
          count(total(goal.counts)),
        ],
      })),
      {
        cells: [
          { text: `Målområdet ${area.name}` },
          ...STATES.map((state) => count(area.counts[state])),
          count(total(area.counts)),
        ],
        emphasis: 'total',
      },
    ],
    widths: [36, 11, 16, 11, 10, 16],
    footnotes: [],
  };
}

/** Every year from the measure's first figure to the period's end, as its page's table. */
function yearsOf(measure: MeasureWithAssessment, period: PeriodDetail): number[] {
  const years = [...measure.outcomes, ...measure.targets].map((value) => value.year);
  const first = Math.min(...years, period.startYear);
  const last = Math.max(...years, period.endYear);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function measureTable(measure: MeasureWithAssessment, period: PeriodDetail): TableBlock {
  const notes: string[] = [];
  const cell = (value: Parameters<typeof noteOf>[0]) => {
    const text = formatMeasureValue(value?.value ?? null, measure);
    const note = noteOf(value);
    if (note === null) return { text, align: 'right' as const };
    if (!notes.includes(note)) notes.push(note);
    return { text: `${text} ${marker(notes.indexOf(note) + 1)}`, align: 'right' as const };
  };
  const states = new Map(measure.assessment.states.map((state) => [state.year, state]));
  return {
    kind: 'table',
    caption: `Utfall och målvärden för resultatmått ${measure.number}: ${measure.name}${
      measure.direction === 'down' ? ' (lägre är bättre)' : ''
    }`,
    header: [
      {
        cells: [
          { text: 'År' },
          { text: 'Utfall', align: 'right' },
          { text: 'Målvärde', align: 'right' },
          { text: 'Mot årets målvärde' },
        ],
      },
    ],
    rows: yearsOf(measure, period).map((year) => {
      const state = states.get(year);
      return {
        cells: [
          { text: String(year) },
          cell(measure.outcomes.find((outcome) => outcome.year === year)),
          cell(measure.targets.find((target) => target.year === year)),
          { text: state ? STATE_LABELS[state.state] : 'Före perioden' },
        ],
      };
    }),
    widths: [10, 16, 16, 40],
    footnotes: notes.map((note, index) => `${index + 1}) ${note}`),
  };
}

function measureBlocks(
  measure: MeasureWithAssessment,
  { year, period, charts, followUp }: GoalFulfilmentInput,
): Block[] {
  const state = measure.assessment.states.find((s) => s.year === year)?.state ?? 'no_data';
  const { status } = measure.assessment;
  const chart = charts.get(measure.number);
  return [
    { kind: 'heading', level: 4, text: `Resultatmått ${measure.number}: ${measure.name}` },
    {
      kind: 'paragraph',
      text: `Läget ${year} mot årets målvärde: ${STATE_LABELS[state]}. Mot slutmålet ${period.endYear}: ${PERIOD_STATUS_LABELS[periodStatusKey(status)]}. ${describePeriodStatus(status, measure)}`,
    },
    measureTable(measure, period),
    ...(chart ? [{ kind: 'figure' as const, ...chart }] : []),
    ...paragraphs('Analys och kommentar', followUp?.measureAnalyses?.get(measure.number)),
  ];
}

export function goalFulfilmentDocument(input: GoalFulfilmentInput): ReportDocument {
  const { year, period, measures, metadata, followUp } = input;
  const overview = buildOverview(period, measures, year);
  const blocks = overview.areas.flatMap((area): Block[] => [
    { kind: 'heading', level: 2, text: area.name },
    countsTable(area, year),
    ...paragraphs('Helhetsbedömning', followUp?.areaJudgements?.get(area.id)),
    ...area.goals.flatMap((goal): Block[] => [
      { kind: 'heading', level: 3, text: goal.name },
      ...paragraphs('Helhetsbedömning', followUp?.goalJudgements?.get(goal.id)),
      ...measures
        .filter((measure) => measure.goal.id === goal.id)
        .sort((a, b) => a.number - b.number)
        .flatMap((measure) => measureBlocks(measure, input)),
    ]),
  ]);
  const withDrafts = followUp?.withDrafts === true;
  return {
    title: `Måluppfyllelse ${year}${withDrafts ? ', med utkast' : ''}`,
    fileName: `Måluppfyllelse ${year}${withDrafts ? ' (utkast)' : ''}`,
    orientation: 'portrait',
    metadata,
    blocks: [
      ...(withDrafts
        ? [
            {
              kind: 'paragraph' as const,
              text: 'Inte den publicerade rapporten: analyser och helhetsbedömningar som ännu inte är publicerade står med i stället för de publicerade, var och en märkt ”Utkast – ej publicerad” och sitt läge i granskningen.',
            },
          ]
        : []),
      {
        kind: 'paragraph',
        text: `Målperiod ${period.name}. Läget ${year} för varje resultatmått: mot årets målvärde och mot slutmålet ${period.endYear}, med utfallen till och med ${year}. – betyder att inget värde finns.`,
      },
      ...blocks,
    ],
  };
}
