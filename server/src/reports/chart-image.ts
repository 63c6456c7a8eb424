import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { Window } from 'happy-dom';
import { serverEntry, type ChartImageInput } from '../plugins/render';
import { FONT_FILES } from './fonts';

// A measure's chart as an image file, drawn by the client's own chart component (the client's
// server bundle, as pages are) in a worker thread: SVG from React, PNG from the SVG by resvg
// with the documents' DejaVu Sans, so Swedish letters and "−" look as in the PDF.

export type ChartFormat = 'svg' | 'png';

/**
 * Each input's chart as SVG text. Recharts needs a DOM to lay out in: a happy-dom window, for
 * this call only (one for all the charts of a document).
 */
async function chartSvgs(clientDist: string, inputs: ChartImageInput[]): Promise<string[]> {
  const entry = await serverEntry(clientDist);
  const window = new Window();
  // react-dom's client renderer reads the global window (window.event); nothing else in a worker does.
  const global = globalThis as { window?: unknown };
  global.window = window;
  try {
    const svgs: string[] = [];
    for (const input of inputs) {
      const container = window.document.createElement('div');
      svgs.push(await entry.renderChartImage(container, input));
    }
    return svgs;
  } finally {
    delete global.window;
    await window.happyDOM.close();
  }
}

/** Twice the SVG's size, sharp on a high-density screen and in print. */
const PNG_ZOOM = 2;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/**
 * The pixels on white as an RGB PNG, without an alpha channel: pdfkit embeds such a file's
 * compressed data as it is, where an RGBA one is decoded pixel by pixel in JavaScript and
 * compressed twice over (most of the time of Måluppfyllelse's PDF).
 */
function rgbPng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const rows = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0, o = 0; y < height; y += 1) {
    rows[o++] = 0; // filter: none
    for (let x = 0, i = y * width * 4; x < width; x += 1, i += 4) {
      rows[o++] = rgba[i]!;
      rows[o++] = rgba[i + 1]!;
      rows[o++] = rgba[i + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter method, no interlace
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

export function chartPng(svg: string): Uint8Array {
  const image = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      defaultFontFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: PNG_ZOOM },
    background: 'white',
  });
  const rendered = image.render();
  return rgbPng(rendered.pixels, rendered.width, rendered.height);
}

export interface ChartImage {
  file: Uint8Array;
  /** The image's size in CSS pixels (the SVG's; the PNG has twice as many). */
  width: number;
  height: number;
  /** The chart's text alternative, as the page says it (the SVG's title). */
  summary: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

function describe(svg: string): Omit<ChartImage, 'file'> {
  const number = (name: string) => Number(new RegExp(` ${name}="(\\d+)"`).exec(svg)?.[1] ?? 0);
  const title = /<title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
  return {
    width: number('width'),
    height: number('height'),
    summary: title.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? ''),
  };
}

/** Each measure's chart as a file of the format. */
export async function renderCharts(
  clientDist: string,
  inputs: ChartImageInput[],
  format: ChartFormat,
): Promise<ChartImage[]> {
  const svgs = await chartSvgs(clientDist, inputs);
  return svgs.map((svg) => ({
    file: format === 'svg' ? new TextEncoder().encode(svg) : chartPng(svg),
    ...describe(svg),
  }));
}
