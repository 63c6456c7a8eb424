import {
  buildOverview,
  describePeriodStatus,
  formatMeasureValue,
  formatSwedishNumber,
  JUDGEMENT_LEVEL_LABELS,
  PERIOD_STATUS_LABELS,
  periodStatusKey,
  richTextParagraphs,
  STATE_LABELS,
  type AssessmentState,
  type MeasureWithAssessment,
  type OverviewArea,
  type PeriodDetail,
  type StateCounts,
} from '@malbild/shared';
import type { PublishedFollowUp } from '../db/analyses';
import type { Block, FigureBlock, ReportDocument, ReportMetadata, TableBlock } from './document';
import { marker, noteOf } from './outcome-table';

// "Måluppfyllelse {year}", the goal-fulfilment chapter of the delårsrapport and årsredovisning:
// per målområde and verksamhetsmål how many measures reached the year's target (the overview's
// counts, computed from the measures), then each measure with its table of outcomes and targets,
// its chart (the site's chart, drawn on the server) and its state. Outcomes after the year are
// left out, so a report of 2022 says what could be said of 2022.

/**
 * Published follow-up text (written and approved elsewhere): the analysis per measure number
 * ("Analys och kommentar"), the judgement (helhetsbedömning) per goal id and per area id.
 * Paragraphs are separated by a blank line. Absent: the report has the figures only.
 */
export interface GoalFulfilmentFollowUp {
  measureAnalyses?: ReadonlyMap<number, string>;
  goalJudgements?: ReadonlyMap<number, string>;
  areaJudgements?: ReadonlyMap<number, string>;
}

/**
 * The report's text from what is published of a year's follow-up: a measure's helår analysis, or
 * its delår one until there is one; a judgement as its level and reason.
 */
export function goalFulfilmentFollowUp({
  analyses,
  judgements,
}: PublishedFollowUp): GoalFulfilmentFollowUp {
  const interimFirst = [...analyses].sort((a, b) =>
    a.occasion === b.occasion ? 0 : a.occasion === 'annual' ? 1 : -1,
  );
  const judged = (subject: 'goal' | 'area') =>
    new Map(
      judgements
        .filter((j) => j.subject === subject)
        .map((j) => [j.subjectId, `${JUDGEMENT_LEVEL_LABELS[j.level]}.\n\n${j.reason}`]),
    );
  return {
    // Later entries win in a Map: helår after delår.
    measureAnalyses: new Map(
      interimFirst.map((a) => [a.measureNumber, richTextParagraphs(a.blocks).join('\n\n')]),
    ),
    goalJudgements: judged('goal'),
    areaJudgements: judged('area'),
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

function paragraphs(label: string, text: string | undefined): Block[] {
  if (!text?.trim()) return [];
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part, index) => ({
      kind: 'paragraph' as const,
      text: index === 0 ? `${label}: ${part}` : part,
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
  return {
    title: `Måluppfyllelse ${year}`,
    fileName: `Måluppfyllelse ${year}`,
    orientation: 'portrait',
    metadata,
    blocks: [
      {
        kind: 'paragraph',
        text: `Målperiod ${period.name}. Läget ${year} för varje resultatmått: mot årets målvärde och mot slutmålet ${period.endYear}, med utfallen till och med ${year}. – betyder att inget värde finns.`,
      },
      ...blocks,
    ],
  };
}
