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

export function chartPng(svg: string): Uint8Array {
  const image = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      defaultFontFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'zoom', value: PNG_ZOOM },
  });
  return new Uint8Array(image.render().asPng());
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
