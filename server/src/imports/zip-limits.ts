import { inflateRawSync } from 'node:zlib';
import { ImportError } from './import-error';

// An XLSX file is a ZIP archive. A few kilobytes can inflate to gigabytes (a "zip bomb"), and
// exceljs inflates everything it is given, so the archive is measured first: by what each entry
// really inflates to, never by the sizes it declares, which may lie.

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const TOO_LARGE =
  'Excelfilen är för stor uppackad. Dela upp den, eller spara den som CSV och försök igen.';
const BROKEN =
  'Excelfilen är skadad och kan inte läsas. Spara den på nytt i Excel och försök igen.';

function endOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= earliest; offset--) {
    if (zip.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new ImportError(BROKEN);
}

/** The bytes of one entry as they lie in the archive, found through its local header. */
function compressedData(zip: Buffer, localOffset: number, compressedSize: number): Buffer {
  if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_HEADER) {
    throw new ImportError(BROKEN);
  }
  const start =
    localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
  if (start + compressedSize > zip.length) throw new ImportError(BROKEN);
  return zip.subarray(start, start + compressedSize);
}

/** How many bytes the entry inflates to, refusing as soon as it passes `budget`. */
function inflatedSize(method: number, data: Buffer, budget: number): number {
  if (method === STORED) return data.length;
  if (method !== DEFLATED) throw new ImportError(BROKEN);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw new ImportError(tooLarge ? TOO_LARGE : BROKEN);
  }
}

/** Throws an ImportError unless every entry of the archive inflates within the limits. */
export function checkZipLimits(zip: Buffer, limits: ZipLimits): void {
  if (zip.length < 22) throw new ImportError(BROKEN);
  const end = endOfCentralDirectory(zip);
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  // ZIP64 marks these fields 0xffff…; an XLSX within our limits never needs it.
  if (entries === 0xffff || offset === 0xffffffff) throw new ImportError(TOO_LARGE);
  if (entries > limits.maxEntries) throw new ImportError(TOO_LARGE);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_ENTRY) {
      throw new ImportError(BROKEN);
    }
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const data = compressedData(zip, zip.readUInt32LE(offset + 42), compressedSize);
    total += inflatedSize(method, data, limits.maxUncompressedBytes - total);
    if (total > limits.maxUncompressedBytes) throw new ImportError(TOO_LARGE);
    offset +=
      46 +
      zip.readUInt16LE(offset + 28) +
      zip.readUInt16LE(offset + 30) +
      zip.readUInt16LE(offset + 32);
  }
}
