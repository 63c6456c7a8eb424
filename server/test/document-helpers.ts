import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

// Generated documents read back as a reader's tools read them: the DOCX unzipped (Word's XML),
// the PDF through poppler's pdftotext and pdfinfo.

export const documentDir = mkdtempSync(join(tmpdir(), 'malbild-reports-'));

/** The PDF's bytes as a file of its own, for poppler's tools. */
export function pdfFile(bytes: Buffer): string {
  const file = join(documentDir, `${String(Math.random()).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

export function pdfText(bytes: Buffer): string {
  return execFileSync('pdftotext', ['-raw', pdfFile(bytes), '-'], { encoding: 'utf8' });
}

export function pdfInfo(bytes: Buffer): string {
  return execFileSync('pdfinfo', [pdfFile(bytes)], { encoding: 'utf8' });
}

export async function documentXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}
