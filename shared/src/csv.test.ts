import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

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
