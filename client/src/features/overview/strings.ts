import type { AssessmentState } from '@malbild/shared';

// UI text of the overview (the start page's state of every resultatmått in one year).
export const strings = {
  label: 'läget för resultatmåtten',
  printDate: (date: string) => `Utskrivet ${date}.`,
  goalFulfilmentTitle: (year: number) => `Måluppfyllelse ${year}`,
  goalFulfilmentText: (year: number) =>
    `Läget ${year} som dokument för delårsrapporten och årsredovisningen: antal resultatmått per läge för varje målområde och verksamhetsmål, och varje resultatmått med tabell, diagram och bedömning.`,
  goalFulfilmentDraftsTitle: (year: number) => `Måluppfyllelse ${year} med utkast`,
  goalFulfilmentDraftsText:
    'Du är inloggad: samma dokument med de analyser och bedömningar som ännu inte är publicerade och som du får skriva eller granska, märkta som utkast. Dela det inte som den publicerade rapporten.',
  heading: (year: number) => `Så går det för resultatmåtten ${year}`,
  yearPickerLabel: 'Välj år',
  yearPickerIntro: 'Visa läget för år:',
  updating: (year: number) => `Hämtar läget för ${year} …`,
  showing: (year: number) => `Visar läget för ${year}.`,
  total: (count: number) => `Alla ${count} resultatmått`,
  areaEyebrow: 'Målområde',
  outcome: (year: number) => `Utfall ${year}`,
  target: 'Målvärde',
  noMeasures: 'Målet har inga resultatmått.',
  statesExplained: 'Vad betyder lägena?',
  yearCountsHeading: (year: number) => `Mot årets målvärde ${year}:`,
  periodCountsHeading: (endYear: number) => `Mot slutmålet ${endYear}:`,
  yearCountsOf: (name: string, year: number) => `${name}: läget mot årets målvärde ${year}`,
  periodCountsOf: (name: string, endYear: number) => `${name}: läget mot slutmålet ${endYear}`,
  allMeasures: 'Alla resultatmått',
  /** Said in full in the counts, so that "not met" is never read as zero. */
  stateCountLabels: {
    met: 'uppnått',
    improving: 'ej uppnått, men bättre än året före',
    not_met: 'ej uppnått och inte bättre än året före',
    no_data: 'saknas',
  } satisfies Record<AssessmentState, string>,
  yearStateLabel: (year: number) => `Mot årets målvärde ${year}:`,
  periodStatusLabel: (endYear: number) => `Mot slutmålet ${endYear}:`,
  yearStatesHeading: 'Mot årets målvärde',
  periodStatesHeading: 'Mot periodens slutmål',
  methodLink: 'Så bedömer vi lägena – metoden förklarad',
} as const;
