import type { AssessmentState } from '@malbild/shared';

// UI text of the overview (the start page's state of every resultatmått in one year).
export const strings = {
  label: 'läget för resultatmåtten',
  heading: (year: number) => `Så går det för resultatmåtten ${year}`,
  yearPickerLabel: 'Välj år',
  yearPickerIntro: 'Visa läget för år:',
  updating: (year: number) => `Hämtar läget för ${year} …`,
  showing: (year: number) => `Visar läget för ${year}.`,
  total: (count: number) => `Av ${count} resultatmått är`,
  areaEyebrow: 'Målområde',
  outcome: (year: number) => `Utfall ${year}`,
  target: 'Målvärde',
  noMeasures: 'Målet har inga resultatmått.',
  statesExplained: 'Vad betyder lägena?',
  countLabel: (count: number, state: string) => `${count} ${state.toLowerCase()}`,
  countsOf: (name: string) => `Läget för resultatmåtten under ${name}`,
} as const;

/** Order of states in counts and legends: best first. */
export const STATE_ORDER: readonly AssessmentState[] = ['met', 'improving', 'not_met', 'no_data'];
