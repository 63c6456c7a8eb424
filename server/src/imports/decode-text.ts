import iconv from 'iconv-lite';
import { ImportError } from './import-error';

// CSV files come from Excel, which saves "CSV (semikolonavgränsad)" in Windows-1252 and
// "CSV UTF-8" with a BOM, and from other programs in plain UTF-8 or UTF-16 ("Unicode-text").

const BOMS = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
] as const;

// Control characters other than tab and line breaks do not occur in a text table; NUL bytes
// are the mark of a binary file (a PDF, an image, a Word document).
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BINARY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

export const NOT_A_SPREADSHEET =
  'Filen är varken en CSV-fil eller en Excel-arbetsbok (.xlsx). Ladda ner mallen och spara filen i något av de formaten.';

export interface DecodedText {
  text: string;
  notice: string | null;
}

function withoutBom(bytes: Uint8Array): { bytes: Uint8Array; encoding: string | null } {
  const bom = BOMS.find((b) => b.bytes.every((byte, i) => bytes[i] === byte));
  return bom
    ? { bytes: bytes.subarray(bom.bytes.length), encoding: bom.encoding }
    : { bytes, encoding: null };
}

/** The file's text: by its BOM, else UTF-8, else (when not valid UTF-8) Windows-1252. */
export function decodeText(input: Uint8Array): DecodedText {
  const { bytes, encoding } = withoutBom(input);
  let decoded: DecodedText;
  if (encoding) {
    decoded = { text: new TextDecoder(encoding).decode(bytes), notice: null };
  } else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), notice: null };
    } catch {
      // Node's TextDecoder reads 0x80–0x9F as Latin-1's control characters, where Windows-1252
      // (Excel's "CSV (semikolonavgränsad)") has the en dash, curly quotes and the euro sign.
      decoded = {
        text: iconv.decode(Buffer.from(bytes), 'windows-1252'),
        notice:
          'Filen var inte sparad som UTF-8 och lästes som Windows-1252 (Latin-1). Kontrollera att å, ä och ö ser rätt ut.',
      };
    }
  }
  if (BINARY.test(decoded.text)) throw new ImportError(NOT_A_SPREADSHEET);
  return decoded;
}
