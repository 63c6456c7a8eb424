import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@malbild/shared';
import { IMPORT_HEADER, uploadFile } from './import-helpers';
import { useSignedInController } from './session-helpers';

// Finding 11 of the hardening review: Windows-1252 files lost the en dash, curly quotes and the
// euro sign; the status words of a file and of a pasted cell are the same.

describe('text of an imported file', () => {
  const signedIn = useSignedInController();

  const preview = async (body: Buffer | string) => {
    const response = await uploadFile(signedIn().app, signedIn().session, body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ImportPreview>();
  };

  it('reads a Windows-1252 file with the characters Excel wrote', async () => {
    const note = 'Avser jan–jun, ”preliminärt” enligt SCB, 5 € per invånare';
    const file = iconv.encode(
      `${IMPORT_HEADER}\r\n8;2023;26383;;${note};SCB;;\r\n`,
      'windows-1252',
    );
    // The file really is Windows-1252: the en dash is the single byte 0x96.
    expect(file.includes(0x96)).toBe(true);
    const read = await preview(file);
    expect(read.notices[0]).toMatch(/lästes som Windows-1252/);
    const [diff] = read.rows[0]?.values ?? [];
    expect(diff?.new).toMatchObject({ note });
  });

  it.each([
    ['Del av året', 'partial'],
    ['del av år', 'partial'],
    ['Avser del av året', 'partial'],
    ['Prel', 'preliminary'],
    ['Prel.', 'preliminary'],
    ['Preliminär', 'preliminary'],
    ['Preliminärt', 'preliminary'],
    ['Slutligt', 'final'],
  ])('reads the status "%s" as %s', async (word, status) => {
    const read = await preview(`${IMPORT_HEADER}\r\n8;2023;26383;${word};;;;\r\n`);
    expect(read.rows[0]?.errors).toEqual([]);
    expect(read.rows[0]?.values[0]?.new).toMatchObject({ status });
  });
});
