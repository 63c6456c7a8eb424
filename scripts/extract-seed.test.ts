import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractSeed, type Seed } from './lib/extract';
import { seedFiles } from './lib/seed-files';
import { parseFootnotes, splitFootnoteMarker } from './lib/text';
import { unitCodesOf } from './lib/unit-codes';

let seed: Seed;
beforeAll(() => {
  seed = extractSeed();
});

const measure = (n: number) => seed.measures.find((m) => m.number === n)!;
const values = (cells: Array<{ year: number; value: number | null }>) =>
  Object.fromEntries(cells.map((c) => [c.year, c.value]));

describe('the committed seed', () => {
  it('is exactly what the extraction produces from data/sources', () => {
    for (const [name, content] of Object.entries(seedFiles(seed))) {
      expect(readFileSync(join(import.meta.dirname, '../data/seed', name), 'utf8'), name).toBe(
        content,
      );
    }
  });
});

// Written by hand from "Resultatmått. Utfall och målvärden" (bilaga 1, 14 december 2022).
describe('outcomes and targets equal the table of 14 December 2022', () => {
  it.each([
    [
      1,
      { 2018: 211, 2019: 213, 2020: 212, 2021: 213, 2022: 204 },
      { 2021: 214, 2022: 215, 2023: 216, 2024: null, 2025: 220 },
    ],
    [
      2,
      { 2018: 14.2, 2019: 13.1, 2020: 13.8, 2021: 14.3, 2022: 14.0 },
      { 2021: 13.5, 2022: 13.7, 2023: 13.9, 2024: null, 2025: 14.2 },
    ],
    [
      3,
      { 2018: 90, 2019: 90, 2020: 89, 2021: 87, 2022: null },
      { 2021: 91, 2022: 91, 2023: 91, 2024: null, 2025: 93 },
    ],
    [
      7,
      { 2018: 602, 2019: 628, 2020: 572, 2021: 431, 2022: 397 },
      { 2021: 580, 2022: 480, 2023: 410, 2024: null, 2025: 375 },
    ],
    [
      8,
      { 2018: 26946, 2019: 26898, 2020: 26604, 2021: 26497, 2022: 26383 },
      { 2021: 26750, 2022: 26550, 2023: 26700, 2024: null, 2025: 27000 },
    ],
    [
      9,
      { 2018: 12901, 2019: 12700, 2020: 12407, 2021: 12444, 2022: null },
      { 2021: 13000, 2022: 13050, 2023: 13100, 2024: null, 2025: 13200 },
    ],
    [
      10,
      { 2018: 3.2, 2019: 3.2, 2020: 3.0, 2021: 3.1, 2022: 3.0 },
      { 2021: 3.1, 2022: 3.2, 2023: 3.3, 2024: null, 2025: 3.5 },
    ],
    [
      11,
      { 2018: null, 2019: null, 2020: null, 2021: 86, 2022: 88 },
      { 2021: null, 2022: 87, 2023: 88, 2024: null, 2025: 90 },
    ],
    [
      13,
      { 2018: 89, 2019: 85, 2020: 93, 2021: null, 2022: 79 },
      { 2021: 88, 2022: 89, 2023: 89, 2024: null, 2025: 93 },
    ],
    [
      15,
      { 2018: null, 2019: 64, 2020: 34, 2021: 41, 2022: 38 },
      { 2021: 42, 2022: 32, 2023: 32, 2024: null, 2025: 30 },
    ],
    [
      16,
      { 2018: null, 2019: null, 2020: 92, 2021: 214, 2022: 216 },
      { 2021: null, 2022: 220, 2023: 240, 2024: null, 2025: 270 },
    ],
    [
      17,
      { 2018: 152, 2019: 155, 2020: 147, 2021: 151, 2022: 148 },
      { 2021: 149, 2022: 147, 2023: 147, 2024: null, 2025: 140 },
    ],
  ])('measure %i', (number, outcomes, targets) => {
    expect(values(measure(number).outcomes)).toEqual(outcomes);
    expect(values(measure(number).targets)).toEqual(targets);
  });

  it('keeps footnotes as notes, "Preliminärt" as status and part-year values as partial', () => {
    expect(measure(4).outcomes.find((o) => o.year === 2022)).toEqual({
      year: 2022,
      value: 41,
      status: 'preliminary',
      note: 'Preliminärt',
    });
    expect(measure(7).outcomes.find((o) => o.year === 2022)).toMatchObject({
      status: 'partial',
      note: 'Avser november 2022',
    });
    expect(measure(16).outcomes.find((o) => o.year === 2022)?.note).toBe('Avser april 2022');
  });

  it('keeps the reason a value is missing, and never turns it into zero', () => {
    const missing = measure(13).outcomes.find((o) => o.year === 2021);
    expect(missing).toMatchObject({
      value: null,
      note: 'På grund av pandemin genomfördes ingen undersökning 2021.',
    });
    expect(measure(16).targets.find((t) => t.year === 2021)?.note).toMatch(
      /^Tidigare gjordes ingen mätning/,
    );
    const all = seed.measures.flatMap((m) => [...m.outcomes, ...m.targets]);
    expect(all.filter((v) => v.value === 0)).toEqual([]);
  });

  it('reads the same table from its re-publication of 13 September 2023', () => {
    expect(seed.measures.every((m) => m.source.date === '2022-12-14')).toBe(true);
  });
});

describe('measure definitions', () => {
  it('has the 17 measures of bilaga 3 with their goal, källa and kategori', () => {
    expect(seed.measures.map((m) => m.number)).toEqual([...Array(17).keys()].map((i) => i + 1));
    expect(measure(4)).toMatchObject({
      name: 'Andel personal inom förskolan med förskollärarlegitimation',
      goal: 'En av landets bästa skolkommuner',
      category: 'Resurs',
    });
    expect(measure(10).dataSource).toBe('Svenskt Näringslivs enkät om det lokala företagsklimatet');
  });

  it('takes unit, scale, decimals and direction from the documents', () => {
    expect(measure(1)).toMatchObject({
      unit: 'meritvärde',
      scaleMax: 340,
      decimals: 0,
      direction: 'up',
    });
    expect(measure(2)).toMatchObject({ unit: 'betygspoäng', scaleMax: 20, decimals: 1 });
    expect(measure(3)).toMatchObject({ unit: '%', scaleMin: 0, scaleMax: 100 });
    const down = seed.measures.filter((m) => m.direction === 'down').map((m) => m.number);
    expect(down).toEqual([7, 14, 15, 17]);
  });
});

describe('earlier published values', () => {
  it('keeps the 5 October 2020 figures that the newest table revised', () => {
    const history = measure(6).publishedValues.map((p) => [p.kind, p.year, p.value, p.source.date]);
    expect(history).toEqual([
      ['outcome', 2018, 232, '2020-10-05'],
      ['outcome', 2019, 184, '2020-10-05'],
      ['outcome', 2020, 210, '2020-10-05'],
    ]);
    expect(
      measure(17)
        .publishedValues.filter((p) => p.kind === 'target')
        .map((p) => [p.year, p.value]),
    ).toEqual([
      [2021, 151],
      [2025, 141],
    ]);
  });

  it('keeps the IFO annual report 2023 figures for measure 7 beside the council table', () => {
    const ifo = measure(7).publishedValues.filter((p) => p.source.id === 'ifo-arsredovisning-2023');
    expect(ifo.map((p) => [p.kind, p.year, p.value])).toEqual([
      ['outcome', 2021, 470],
      ['outcome', 2022, 444],
    ]);
    expect(values(measure(7).outcomes)).toMatchObject({ 2021: 431, 2022: 397 });
  });
});

describe('activities', () => {
  const countBy = (
    year: number,
    key: (a: Seed['activities'][number]) => Array<string | number>,
  ) => {
    const counts: Record<string, number> = {};
    for (const activity of seed.activities.filter((a) => a.year === year)) {
      for (const k of key(activity)) counts[k] = (counts[k] ?? 0) + 1;
    }
    return counts;
  };

  // Counted by hand, row by row, in "Koncernens samtliga målaktiviteter" 2023 and 2024.
  it('has every row of 2023 and 2024, counted per measure', () => {
    expect(countBy(2023, (a) => [a.measureNumber])).toEqual({
      1: 7,
      2: 3,
      3: 7,
      4: 15,
      5: 10,
      6: 11,
      7: 6,
      8: 5,
      9: 8,
      10: 5,
      11: 6,
      12: 9,
      13: 7,
      14: 6,
      15: 6,
      16: 9,
    });
    expect(countBy(2024, (a) => [a.measureNumber])).toEqual({
      1: 5,
      2: 3,
      3: 2,
      4: 5,
      5: 6,
      6: 11,
      7: 5,
      8: 5,
      9: 8,
      10: 5,
      11: 5,
      12: 9,
      13: 6,
      14: 3,
      15: 5,
      16: 7,
      17: 2,
    });
  });

  it('skips placeholder rows without an activity text', () => {
    expect(seed.activities.filter((a) => a.year === 2023 && a.measureNumber === 17)).toEqual([]);
    expect(seed.activities.every((a) => a.text.length > 0)).toBe(true);
  });

  it('keeps antal as written with its numeric bounds', () => {
    const find = (year: number, m: number, position: number) =>
      seed.activities.find(
        (a) => a.year === year && a.measureNumber === m && a.position === position,
      )!;
    expect(find(2023, 1, 5)).toMatchObject({
      antal: '50-75',
      antalMin: 50,
      antalMax: 75,
      countUnit: 'timmar',
    });
    expect(find(2024, 11, 2)).toMatchObject({
      antal: '2,4',
      antalMin: 2.4,
      antalMax: 2.4,
      countUnit: 'miljoner kr',
    });
    expect(find(2023, 16, 1)).toMatchObject({
      unitsRaw: 'WBAB',
      antal: null,
      antalMin: null,
      countUnit: null,
    });
    expect(find(2023, 13, 7).text).toBe(
      'Utbilda all personal vid de tre demensboendena i konceptet Musikens betydelse i demensvårdnad.',
    );
  });

  it('splits the responsible units and keeps them as written', () => {
    const find = (year: number, m: number, position: number) =>
      seed.activities.find(
        (a) => a.year === year && a.measureNumber === m && a.position === position,
      )!;
    expect(find(2023, 5, 9)).toMatchObject({
      unitsRaw: 'LH, LKF och KSUF',
      units: ['LH', 'LKF', 'KSUF'],
    });
    expect(find(2024, 4, 3)).toMatchObject({ unitsRaw: 'SOU/VBU', units: ['SOU', 'VBU'] });
    expect(find(2024, 5, 6)).toMatchObject({ unitsRaw: 'KS', units: ['KSF'] });
    expect(find(2024, 5, 2).units).toHaveLength(seed.units.length);
  });
});

// Written by hand from the schools' årsredovisning 2023 (bilaga 2 of the board's årsbokslut,
// 31 January 2024; pages counted by the report's running heading) and the plan of 2024. The
// IFO's årsredovisning 2023 of the same meeting reports no result of an activity (decision 015).
describe('follow-ups the documents report', () => {
  const SCHOOLS_REPORT = 'sun-utbildning-arsredovisning-2023';
  it('are the results the annual report gives, each with its document and page', () => {
    const reported = seed.activities
      .filter((a) => a.followUp !== null)
      .map((a) => [a.year, a.measureNumber, a.position, a.followUp]);
    expect(reported).toEqual([
      [
        2023,
        4,
        1,
        expect.objectContaining({
          status: 'done',
          comment:
            'Under året har vi haft 18 personer som läser till lärare inom det arbetsintegrerade lärarprogrammet.',
          date: '2024-01-31',
          source: expect.objectContaining({ id: SCHOOLS_REPORT }),
          page: 2,
        }),
      ],
      [
        2023,
        4,
        13,
        expect.objectContaining({
          status: 'in_progress',
          comment:
            'Förskolan har under 2023 påbörjat arbetet med att se över sitt systematiska kvalitetsarbete och det finns en övergripande ambition att sammanfoga kvalitetsarbetet inom förskola och skola.',
          date: '2024-01-31',
          source: expect.objectContaining({ id: SCHOOLS_REPORT }),
          page: 2,
        }),
      ],
      [
        2023,
        4,
        14,
        expect.objectContaining({
          status: 'in_progress',
          comment:
            'Under 2024 fortsätter förskola och skola arbetet med att ta fram en digitaliseringsstrategi för utbildningsverksamheterna.',
          date: '2024-01-31',
          source: expect.objectContaining({ id: SCHOOLS_REPORT }),
          page: 5,
        }),
      ],
      [
        2023,
        8,
        1,
        expect.objectContaining({
          status: 'done',
          comment:
            'Till starten av höstterminen 2023 startades därför kommunens första klass med undervisning på engelska i årskurs 7 på Kyrkskolan. Antalet elever blev till slut nio stycken.',
          date: '2024-01-31',
          source: expect.objectContaining({ id: SCHOOLS_REPORT }),
          page: 2,
        }),
      ],
    ]);
  });

  it('links the 2024 activities moved from 2023 to their 2023 rows', () => {
    const moved = seed.activities
      .filter((a) => a.movedFrom !== null)
      .map((a) => [a.year, a.measureNumber, a.position, a.movedFrom]);
    expect(moved).toEqual([
      [2024, 14, 1, { year: 2023, measureNumber: 14, position: 2 }],
      [2024, 14, 2, { year: 2023, measureNumber: 14, position: 4 }],
    ]);
    const text = (year: number, position: number) =>
      seed.activities.find(
        (a) => a.year === year && a.measureNumber === 14 && a.position === position,
      )?.text;
    expect(text(2023, 2)).toBe('Inventera avfallshantering i kommunala verksamheter');
    expect(text(2023, 4)).toBe('Införa matavfallssortering hos företag och restauranger');
  });
});

describe('units', () => {
  it('lists every koncernenhet of the table, joint rows split', () => {
    expect(seed.units.map((u) => u.code)).toEqual([
      'KSF',
      'KSUF',
      'MB',
      'SOU',
      'VOO',
      'UHC',
      'IT',
      'VBU',
      'LKF',
      'LH',
      'VBK',
      'WBAB',
    ]);
    expect(seed.units.find((u) => u.code === 'LH')?.name).toBe('LudvikaHem');
  });
});

describe('text helpers', () => {
  it('reads footnote markers and footnote lines', () => {
    expect(splitFootnoteMarker('41% ¹⁾')).toEqual({ text: '41%', marker: 1 });
    expect(splitFootnoteMarker('- ⁴⁾')).toEqual({ text: '-', marker: 4 });
    expect(splitFootnoteMarker('26 946')).toEqual({ text: '26 946', marker: null });
    expect([...parseFootnotes('6) Avser oktober 2022 7) Avser april 2022').entries()]).toEqual([
      [6, 'Avser oktober 2022'],
      [7, 'Avser april 2022'],
    ]);
  });

  it('maps written unit names to codes and refuses unknown ones', () => {
    const known = ['SOU', 'VOO', 'KSF'];
    expect(unitCodesOf('V00 och S0U', known)).toEqual(['VOO', 'SOU']);
    expect(() => unitCodesOf('XYZ', known)).toThrow(/Okänd koncernenhet/);
  });
});
