import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { SERVER_ENTRY, type ChartImageInput } from '../plugins/render';
import type { ChartFormat, ChartImage } from './chart-image';

// Charts already drawn, kept by what they show. Drawing one (React and Recharts in a DOM of
// happy-dom) takes most of a second, and Måluppfyllelse draws every measure's: the second report
// of a day, the charts of a measure's page and the report with drafts all draw the same images.
// The key is a hash of everything the image is drawn from — the measure with its figures and
// assessment, the municipality's name, the format and the client bundle drawing it — so a changed
// figure, name or build draws anew, and nothing has to be told to forget.

/** About a hundred reports' charts of the seed (a PNG is some 40 kB). */
const DEFAULT_MAX_BYTES = 64 * 2 ** 20;

export function createChartCache(maxBytes = DEFAULT_MAX_BYTES) {
  // Insertion order is use order: a hit is moved to the end, the oldest go first.
  const images = new Map<string, ChartImage>();
  let bytes = 0;
  return {
    key(clientDist: string, input: ChartImageInput, format: ChartFormat): string {
      const build = statSync(join(clientDist, SERVER_ENTRY)).mtimeMs;
      return createHash('sha256')
        .update(JSON.stringify([clientDist, build, format, input]))
        .digest('base64url');
    },
    get(key: string): ChartImage | undefined {
      const image = images.get(key);
      if (image) {
        images.delete(key);
        images.set(key, image);
      }
      return image;
    },
    set(key: string, image: ChartImage): void {
      if (images.has(key) || image.file.byteLength > maxBytes) return;
      images.set(key, image);
      bytes += image.file.byteLength;
      for (const [oldest, old] of images) {
        if (bytes <= maxBytes) break;
        images.delete(oldest);
        bytes -= old.file.byteLength;
      }
    },
  };
}
export type ChartCache = ReturnType<typeof createChartCache>;
