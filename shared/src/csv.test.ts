import { describe, expect, it } from 'vitest';
import type { Activity } from './schemas/activity';
import { activitiesCsv, planCsv, planRows, toCsv } from './csv';

const body = (csv: string) =>
  csv
    .replace(/^\ufeff/, '')
    .split('\r\n')
    .slice(1, -1);

describe('toCsv', () => {
  it('writes ; separated rows with decimal comma, a BOM and quoting where needed', () => {
    const csv = toCsv(
      ['År', 'Värde', 'Not'],
      [
        [2022, 14.2, 'Avser "november"; prel.'],
        [2021, null, null],
      ],
    );
    expect(csv.startsWith('\ufeffÅr;Värde;Not\r\n')).toBe(true);
    expect(body(csv)).toEqual(['2022;14,2;"Avser ""november""; prel."', '2021;;']);
  });

  it('keeps texts that Excel would run as formulas as text', () => {
    const csv = toCsv(['Text'], [['=HYPERLINK("x")'], ['+1+1'], ['@SUM(A1)'], ['-2+3'], ['\tx']]);
    expect(body(csv)).toEqual(['"\'=HYPERLINK(""x"")"', "'+1+1", "'@SUM(A1)", "'-2+3", "'\tx"]);
  });

  it('leaves numbers, negative figures and ranges as they are', () => {
    const csv = toCsv(['A', 'B', 'C'], [[-3.5, '-7', '50-75']]);
    expect(body(csv)).toEqual(['-3,5;-7;50-75']);
  });
});

describe('activity files', () => {
  const activity: Activity = {
    id: 7,
    year: 2024,
    measureNumber: 8,
    position: 1,
    units: ['SOU', 'KSF'],
    unitsRaw: 'SOU och KSF',
    verksamhet: 'Grundskola',
    text: 'Lovskola',
    antal: '50-75',
    antalMin: 50,
    antalMax: 75,
    countUnit: 'timmar',
    comment: null,
    status: 'done',
    followUp: {
      status: 'done',
      comment: 'Genomförd i juni',
      date: '2024-06-30',
      by: 'Anna',
      at: '2024-06-30T00:00:00.000Z',
      source: null,
    },
    followUpDue: null,
    displayStatus: 'done',
    copiedFrom: null,
    movedFrom: null,
    movedTo: null,
    version: 1,
    updatedAt: '2024-06-30T00:00:00.000Z',
    updatedBy: 'anna',
    draft: null,
  };

  it('writes the same cells of an activity in the open data file and in a unit plan', () => {
    const open = body(activitiesCsv([activity], 'CC0-1.0'))[0]!;
    const plan = body(
      planCsv(
        planRows([activity], () => 'Meritvärde'),
        'CC0-1.0',
      ),
    )[0]!;
    const licence = 'CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/deed.sv)';
    expect(open).toBe(
      `2024;8;SOU och KSF;SOU, KSF;Grundskola;Lovskola;50-75;timmar;;Genomförd;Genomförd i juni;2024-06-30;${licence}`,
    );
    expect(plan).toBe(
      `8. Meritvärde;SOU och KSF;Grundskola;Lovskola;50-75;timmar;;Genomförd;Genomförd i juni;2024-06-30;${licence}`,
    );
  });

  it('names the licence the administrator chose in a last column of every row', () => {
    const csv = toCsv(['A'], [[1], [2]], 'CC-BY-4.0')
      .replace('\ufeff', '')
      .split('\r\n');
    expect(csv.slice(0, 3)).toEqual([
      'A;Licens',
      '1;CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.sv)',
      '2;CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.sv)',
    ]);
  });
});
