import { Resvg } from '@resvg/resvg-js';
import { Window } from 'happy-dom';
import { serverEntry, type ChartImageInput } from '../plugins/render';
import { FONT_FILES } from './fonts';

// A measure's chart as an image file, drawn by the client's own chart component (the client's
// server bundle, as pages are) in a worker thread: SVG from React, PNG from the SVG by resvg
// with the documents' DejaVu Sans, so Swedish letters and "−" look as in the PDF.

export type ChartFormat = 'svg' | 'png';

/** The chart's SVG text. Recharts needs a DOM to lay out in: a happy-dom window, for this call only. */
export async function chartSvg(clientDist: string, input: ChartImageInput): Promise<string> {
  const entry = await serverEntry(clientDist);
  const window = new Window();
  // react-dom's client renderer reads the global window (window.event); nothing else in a worker does.
  const global = globalThis as { window?: unknown };
  global.window = window;
  try {
    return await entry.renderChartImage(window.document.createElement('div'), input);
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

/** Each measure's chart as a file of the format. */
export async function renderCharts(
  clientDist: string,
  inputs: ChartImageInput[],
  format: ChartFormat,
): Promise<Uint8Array[]> {
  const files: Uint8Array[] = [];
  for (const input of inputs) {
    const svg = await chartSvg(clientDist, input);
    files.push(format === 'svg' ? new TextEncoder().encode(svg) : chartPng(svg));
  }
  return files;
}
