import { describe, expect, it } from 'vitest';
import { riskScore } from '@malbild/shared';
import { extractInternalControl, parseControlPoints } from './lib/internal-control';

// Written by hand from the documents, not from the extraction's output.
const seed = extractInternalControl();

// 001, bilaga 2: "Intern kontroll 2021, riskanalys genomförd i kommunen koncernledningsgrupp
// 18 aug 2020". Columns: risk, system/process/rutin, lag etc., tidsperiod, metod, sannolikhet,
// konsekvens, riskpoäng as printed.
const RISKS_2021: Array<
  [string, string | null, string | null, string | null, string | null, number, number, number]
> = [
  [
    'Tar arbetsgivaren ansvar för att all personal blir medveten och uppdaterad om GDPR?',
    null,
    'GDPR 5.2',
    'Jan-maj ?',
    null,
    3,
    4,
    12,
  ],
  [
    'Har alla medarbetare (även förtroendevalda samt externa uppdragstagare?) nyligen deltagit i någon kompetenshöjande aktivitet för att bli medvetna och uppdaterade om GDPR?',
    null,
    'GDPR 5.2',
    'Jan-maj ?',
    null,
    3,
    4,
    12,
  ],
  ['Ingår GDPR i introduktionen för nyanställda?', null, 'GDPR 5.2', 'Jan-maj ?', null, 3, 4, 12],
  [
    'Förekommer det att anställda (förtroendevalda?) beslutat testerar egna kostnader?',
    null,
    'Reglemente för kontroll av ekon. transaktioner § 6',
    'Jan-maj ?',
    null,
    3,
    4,
    12,
  ],
  [
    'Följs de interna rutinerna i rehabiliteringsärenden?',
    'Rehabiliteringsprocessen',
    null,
    null,
    null,
    2,
    3,
    6,
  ],
  [
    'Följs de interna rutinerna vid rekrytering?',
    'Rekryteringsprocessen',
    'Riktlinjer för rekrytering',
    null,
    null,
    2,
    3,
    6,
  ],
  ['Följs de interna rutinerna vid omplaceringar?', 'Omplaceringar', null, null, null, 2, 2, 4],
  [
    'Förekommer privat nyttjande av kommunens fordon?',
    null,
    null,
    null,
    'Elektroniska körjournaler',
    2,
    3,
    6,
  ],
  ['Har beslut om investeringsprojekt tagits i rätt instans?', null, null, null, null, 2, 2, 4],
];

const GDPR_PROPOSAL =
  'Har alla tillsvidareanställda medarbetare – under nämnderna respektive bolagsstyrelserna – under årets fem första månader deltagit i någon kompetenshöjande aktivitet för att bli medvetna och uppdaterade om GDPR och förordningens konsekvenser i den egna löpande verksamheten?';
const ATTEST = 'Följs de interna reglerna att inte beslutat testera egna kostnader?';
const INVESTMENTS = 'Görs attesteringar av investeringsprojektens kostnader av rätt instans?';
const INVESTMENT_COLUMNS = {
  regulation: 'Nämndernas delegationsordningar Bolagens VD-instruktioner och attestordningar',
  period: 'Första halvåret',
  method: 'Stickprov eller totalundersökning beroende på antalet projekt',
};
const DEADLINES = { deadlineFollowUp: '2021-08-31', deadlineReport: '2022-01-31' };
const GDPR_COLUMNS = {
  regulation: 'GDPR artikel 5',
  period: 'Första halvåret',
  method: 'Totalundersökning',
};
const ATTEST_COLUMNS = {
  regulation: 'Ludvika kommuns reglemente för kontroll av ekonomiska transaktioner § 6-7',
  period: 'Första halvåret',
  method: 'Stickprov',
};
const point = (position: number, text: string, columns: object, responsible: string) => ({
  position,
  text,
  ...columns,
  responsible,
  timeEstimate: null,
  ...DEADLINES,
});

describe('the 2021 risk analysis equals 001, bilaga 2', () => {
  it('has every row, in order, with riskpoäng as sannolikhet × konsekvens', () => {
    const risks = seed.risks.filter((r) => r.year === 2021 && r.unit === null);
    expect(
      risks.map((r) => [
        r.text,
        r.process,
        r.regulation,
        r.period,
        r.method,
        r.sannolikhet,
        r.konsekvens,
        riskScore(r.sannolikhet, r.konsekvens),
      ]),
    ).toEqual(RISKS_2021);
  });

  it('marks as kontrollpunkter the risks the decided plan takes up', () => {
    expect(seed.risks.filter((r) => r.controlPoint).map((r) => r.position)).toEqual([2, 4, 9]);
  });
});

describe('the kommunövergripande plan 2021', () => {
  const plan = seed.plans.find((p) => p.unit === null && p.year === 2021)!;

  it('is the one KS decided on 27 October 2020 § 194, with three kontrollpunkter (004)', () => {
    expect([plan.status, plan.date, plan.decisionParagraph]).toEqual([
      'decided',
      '2020-10-27',
      '§ 194',
    ]);
    expect(plan.controlPoints.map(({ common: _, risk: __, ...p }) => p)).toEqual([
      point(
        1,
        'Har alla tillsvidareanställda medarbetare under nämnderna respektive bolagsstyrelserna under den senaste femmånadersperioden deltagit i någon kompetenshöjande aktivitet för att bli medvetna och uppdaterade om GDPR?',
        GDPR_COLUMNS,
        'Förvaltningschef/ VD',
      ),
      point(
        2,
        'Följs de interna reglerna att inte beslutsattestera egna kostnader?',
        ATTEST_COLUMNS,
        'Förvaltningschef/ VD',
      ),
      point(3, INVESTMENTS, INVESTMENT_COLUMNS, 'Förvaltningschef/ VD'),
    ]);
    expect(plan.controlPoints.map((p) => p.risk)).toEqual([2, 4, 9]);
  });

  it('keeps the proposal of 10 September 2020 (001, bilaga 1) with two kontrollpunkter as its history', () => {
    expect(plan.history).toHaveLength(1);
    const [proposal] = plan.history;
    expect([proposal?.status, proposal?.date, proposal?.source.date]).toEqual([
      'draft',
      '2020-09-10',
      '2020-09-10',
    ]);
    expect(proposal?.controlPoints.map(({ common: _, risk: __, ...p }) => p)).toEqual([
      point(1, GDPR_PROPOSAL, GDPR_COLUMNS, 'Förvaltningschef/ VD'),
      point(2, ATTEST, ATTEST_COLUMNS, 'Förvaltningschef/ VD'),
    ]);
  });
});

describe('Vård- och omsorgsnämndens plan 2021 (004)', () => {
  const plan = seed.plans.find((p) => p.unit === 'VOO' && p.year === 2021)!;

  it('is the förvaltning’s proposal dated 13 November 2020, not yet decided', () => {
    expect([plan.status, plan.date, plan.decisionParagraph]).toEqual(['draft', '2020-11-13', null]);
  });

  it('holds the three common kontrollpunkter of bilaga 1 and its own one of bilaga 2', () => {
    expect(plan.controlPoints.map(({ risk: _, ...p }) => p)).toEqual([
      {
        ...point(
          1,
          // Bilaga 1 ends the text here, without "verksamheten?".
          'Har alla tillsvidareanställda medarbetare – under nämnderna respektive bolagsstyrelserna – under årets fem första månader deltagit i någon kompetenshöjande aktivitet för att bli medvetna och uppdaterade om GDPR och förordningens konsekvenser i den egna löpande',
          GDPR_COLUMNS,
          'Förvaltningschef',
        ),
        common: 1,
      },
      { ...point(2, ATTEST, ATTEST_COLUMNS, 'Förvaltningschef'), common: 2 },
      { ...point(3, INVESTMENTS, INVESTMENT_COLUMNS, 'Förvaltningschef/ VD'), common: 3 },
      {
        ...point(
          1,
          'Får de som ansökt/har behov av specialkost rätt specialkost serverad?',
          {
            regulation: 'Rutin för hantering av specialkost',
            period: 'Jan-maj 2021',
            method: 'Totalunder-sökning (avvikelser)',
          },
          'Verksamhets- chef /kost',
        ),
        common: null,
      },
    ]);
  });
});

describe('plan tables', () => {
  it('skip placeholder rows that have a number and no text', () => {
    const rows = parseControlPoints([
      'Kontrollpunkt\tLag\tTidsperiod\tMetod\tAnsvarig\tTid\tKlar\tRapport',
      '1 En punkt?\tLag\t\t\t\t\t2021-08-31\t2022-01-31',
      '2\t\t\t\t\t\t\t',
      '',
      'Nästa ärende',
    ]);
    expect(rows.map((r) => r.text)).toEqual(['En punkt?']);
  });
});
