import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '@malbild/shared';

export const SOURCES_DIR = join(import.meta.dirname, '../../data/sources');

/** The public documents the seed is extracted from, with the date each part is dated. */
export const DOCUMENTS = {
  councilDecision2020: {
    file: '2020-10-06-ksau-verksamhetsmal-2021-2025.txt',
    source: {
      id: 'verksamhetsmal-2021-2025-bilagor',
      title: 'Kommunövergripande verksamhetsmål 2021–2025, bilaga 1–5',
      date: '2020-10-05',
    },
  },
  goals2022: {
    file: '2023-01-11-sun-plan-for-malaktiviteter-2023.txt',
    source: {
      id: 'verksamhetsmal-resultatmatt-2022-12-14',
      title: 'Övergripande verksamhetsmål och resultatmått med målvärden för perioden 2021–2025',
      date: '2022-12-14',
    },
  },
  activities2023: {
    file: '2023-01-11-sun-plan-for-malaktiviteter-2023.txt',
    source: {
      id: 'koncernens-malaktiviteter-2023',
      title: 'Koncernens samtliga målaktiviteter 2023',
      date: '2022-12-14',
    },
  },
  goals2023: {
    file: '2024-01-31-sun-plan-for-malaktiviteter-2024.txt',
    source: {
      id: 'verksamhetsmal-resultatmatt-2023-09-13',
      title: 'Övergripande verksamhetsmål och resultatmått med målvärden för perioden 2021–2025',
      date: '2023-09-13',
    },
  },
  activities2024: {
    file: '2024-01-31-sun-plan-for-malaktiviteter-2024.txt',
    source: {
      id: 'koncernens-malaktiviteter-2024',
      title: 'Koncernens samtliga målaktiviteter 2024',
      date: '2023-11-15',
    },
  },
  ifoAnnualReport2023: {
    file: '2024-01-31-sun-plan-for-malaktiviteter-2024.txt',
    source: {
      id: 'ifo-arsredovisning-2023',
      title: 'Årsredovisning 2023 Social- och utbildningsnämnden – Individ- och familjeomsorgen',
      date: '2024-01-31',
    },
  },
  /** Bilaga 2 of the board's årsbokslut 2023: what the schools did in 2023, page by page. */
  schoolsAnnualReport2023: {
    file: '2024-01-31-sun-plan-for-malaktiviteter-2024.txt',
    source: {
      id: 'sun-utbildning-arsredovisning-2023',
      title: 'Årsredovisning 2023 Social- och utbildningsförvaltningens utbildningsverksamheter',
      date: '2024-01-31',
    },
  },
  /** Bilaga 1 (the plan) and 2 (the risk analysis) of the board's proposal, dated 10 September 2020. */
  internalControlProposal2021: {
    file: '2020-10-06-ksau-verksamhetsmal-2021-2025.txt',
    source: {
      id: 'plan-kommunovergripande-intern-kontroll-2021-forslag',
      title:
        'Plan för kommunövergripande intern kontroll 2021 (förslag) och riskanalys, bilaga 1–2',
      date: '2020-09-10',
    },
  },
  /** Vård- och omsorgsnämndens plan 2021, bilaga 1–2; it also reports KS:s decision of 27 October 2020 § 194. */
  internalControlVoo2021: {
    file: '2020-12-09-vonau-plan-for-intern-kontroll-2021.txt',
    source: {
      id: 'voo-plan-intern-kontroll-2021',
      title: 'Vård- och omsorgsnämndens plan för intern kontroll 2021, bilaga 1–2',
      date: '2020-11-13',
    },
  },
} satisfies Record<string, { file: string; source: SourceDocument }>;

export function readDocument(file: string): string {
  return readFileSync(join(SOURCES_DIR, file), 'utf8');
}
