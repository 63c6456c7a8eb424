import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../src/imports/import-error';
import { readXlsx } from '../src/imports/read-xlsx';
import { boundedArchive } from '../src/imports/zip-limits';
import { zipOf } from './import-helpers';

// Finding 2 of the hardening review: the zip-bomb guard must limit what is really inflated,
// whatever the archive's records declare.

const LIMITS = { maxEntries: 10, maxUncompressedBytes: 1024 * 1024 };
const bomb = () =>
  zipOf([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024) }]);

/** The archive with its end record saying it holds `entries` entries. */
function declaring(zip: Buffer, entries: number): Buffer {
  const copy = Buffer.from(zip);
  copy.writeUInt16LE(entries, copy.length - 22 + 8);
  copy.writeUInt16LE(entries, copy.length - 22 + 10);
  return copy;
}

const refusal = (zip: Buffer) => {
  try {
    boundedArchive(zip, LIMITS);
  } catch (error) {
    return error instanceof ImportError ? error.message : String(error);
  }
  return 'accepted';
};

describe('boundedArchive', () => {
  it('refuses a bomb whose end record says it holds no entries, without inflating it', () => {
    expect(refusal(bomb())).toMatch(/för stor uppackad/);
    expect(refusal(declaring(bomb(), 0))).toMatch(/skadad/);
    expect(refusal(declaring(bomb(), 5))).toMatch(/skadad/);
  });

  it('refuses more entries than the limit, counted in the directory itself', () => {
    const many = zipOf(
      Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('<a/>') })),
    );
    expect(refusal(many)).toMatch(/för stor uppackad/);
    expect(refusal(declaring(many, 1))).toMatch(/för stor uppackad/);
  });

  it('gives exceljs only what the directory holds, stored, so a workbook reads the same', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').addRows([
      ['Resultatmått', 'År', 'Utfall'],
      [8, 2023, 26383],
    ]);
    const original = Buffer.from(await workbook.xlsx.writeBuffer());
    const rebuilt = boundedArchive(original, { maxEntries: 1000, maxUncompressedBytes: 1 << 26 });
    // Stored: the archive is as large as what it holds, so nothing in it inflates further.
    expect(rebuilt.length).toBeGreaterThan(original.length);
    const table = await readXlsx(original);
    expect(table.header).toEqual(['Resultatmått', 'År', 'Utfall']);
    expect(table.rows.map((row) => row.cells)).toEqual([[8, 2023, 26383]]);
  });
});
