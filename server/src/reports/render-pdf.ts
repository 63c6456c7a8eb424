import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import {
  metadataLine,
  type Block,
  type FigureBlock,
  type ReportDocument,
  type TableBlock,
} from './document';
import { FONT_FILES } from './fonts';

// A tagged PDF (PDF/UA's structure): H1–H3, P, Table/TR/TH/TD in reading order, the language
// Swedish, the title shown instead of the file name. Borders, shading and the header rows repeated
// on later pages are artifacts, so a screen reader reads each header once. DejaVu Sans is embedded
// (subset): the 14 standard fonts are not embedded and have no "−" or thin space.

declare global {
  // pdfkit writes a TH's scope (its types do not list the option).
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augments @types/pdfkit's namespace
  namespace PDFKit.Mixins {
    interface StructureElementOptions {
      scope?: 'Row' | 'Column';
    }
  }
  // The element's dictionary, for the table attributes pdfkit has no option for (ColSpan).
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augments @types/pdfkit's namespace
  namespace PDFKit {
    interface PDFStructureElement {
      dictionary: { data: { A?: Record<string, unknown> } };
    }
  }
}

const BOLD = readFileSync(FONT_FILES.bold);

/**
 * The regular face by the document's starting font's own key (its file), the bold one registered:
 * pdfkit keeps a font under the name it is asked by, except a second name for a face it already
 * has, which it parses anew at every switch (most of the time of a long table's PDF).
 */
function useFont(pdf: Pdf, bold: boolean, size: number) {
  pdf.font(bold ? 'bold' : FONT_FILES.regular).fontSize(size);
}

const MARGIN = 40;
const CELL_PADDING = 3;
const SIZES = { title: 18, 2: 14, 3: 11.5, 4: 10.5, body: 10, table: 7.5 } as const;
const RULE_COLOUR = '#8a8a8a';
const HEADER_FILL = '#e8e8e8';

type Pdf = PDFKit.PDFDocument;
type Structure = PDFKit.PDFStructureElement;

function contentWidth(pdf: Pdf): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

function bottom(pdf: Pdf): number {
  return pdf.page.height - pdf.page.margins.bottom;
}

/** Drawing that carries no content (rules, fills): marked so assistive technology skips it. */
function artifact(pdf: Pdf, draw: () => void) {
  pdf.markContent('Artifact', { type: 'Layout' });
  draw();
  pdf.endMarkedContent();
}

function textBlock(pdf: Pdf, parent: Structure, tag: string, text: string, size: number) {
  useFont(pdf, tag !== 'P', size);
  // A heading is never the last line of a page.
  const needed = pdf.heightOfString(text, { width: contentWidth(pdf) }) + (tag === 'P' ? 0 : 120);
  if (pdf.y + needed > bottom(pdf)) pdf.addPage();
  parent.add(
    pdf.struct(tag, {}, () => {
      pdf.text(text, pdf.page.margins.left, pdf.y, { width: contentWidth(pdf) });
    }),
  );
  pdf.moveDown(tag === 'P' ? 0.5 : 0.3);
}

interface Placed {
  span: number;
  x: number;
  width: number;
  text: string;
  align: 'left' | 'right';
}

function placeCells(pdf: Pdf, block: TableBlock, row: TableBlock['rows'][number]): Placed[] {
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  const unit = contentWidth(pdf) / total;
  let column = 0;
  let x = pdf.page.margins.left;
  return row.cells.map((cell) => {
    const span = cell.span ?? 1;
    const width = block.widths.slice(column, column + span).reduce((sum, w) => sum + w, 0) * unit;
    column += span;
    const placed = { span, x, width, text: cell.text, align: cell.align ?? 'left' };
    x += width;
    return placed;
  });
}

function rowHeight(pdf: Pdf, cells: Placed[]): number {
  return (
    Math.max(
      ...cells.map((cell) =>
        pdf.heightOfString(cell.text || ' ', { width: cell.width - 2 * CELL_PADDING }),
      ),
    ) +
    2 * CELL_PADDING
  );
}

function drawCell(pdf: Pdf, cell: Placed, y: number) {
  pdf.text(cell.text, cell.x + CELL_PADDING, y + CELL_PADDING, {
    width: cell.width - 2 * CELL_PADDING,
    align: cell.align,
    lineBreak: true,
  });
}

/** A row placed and measured once: measuring text costs as much as drawing it. */
interface RowLayout {
  row: TableBlock['rows'][number];
  kind: 'header' | 'body';
  bold: boolean;
  cells: Placed[];
  height: number;
}

function layoutRow(
  pdf: Pdf,
  block: TableBlock,
  row: TableBlock['rows'][number],
  kind: 'header' | 'body',
): RowLayout {
  const bold = kind === 'header' || row.emphasis !== undefined;
  useFont(pdf, bold, SIZES.table);
  const cells = placeCells(pdf, block, row);
  return { row, kind, bold, cells, height: rowHeight(pdf, cells) };
}

function drawRow(pdf: Pdf, { row, kind, bold, cells, height }: RowLayout, tr: Structure | null) {
  const y = pdf.y;
  artifact(pdf, () => {
    const left = pdf.page.margins.left;
    if (kind === 'header') pdf.rect(left, y, contentWidth(pdf), height).fill(HEADER_FILL);
    pdf
      .moveTo(left, y + height)
      .lineTo(left + contentWidth(pdf), y + height)
      .lineWidth(0.5)
      .strokeColor(RULE_COLOUR)
      .stroke();
    pdf.fillColor('black');
  });
  useFont(pdf, bold, SIZES.table);
  cells.forEach((cell, index) => {
    if (tr === null) {
      artifact(pdf, () => {
        drawCell(pdf, cell, y);
      });
      return;
    }
    const header = kind === 'header' || (index === 0 && row.emphasis !== undefined);
    const options = header ? ({ scope: kind === 'header' ? 'Column' : 'Row' } as const) : {};
    const element = pdf.struct(header ? 'TH' : 'TD', options, () => {
      drawCell(pdf, cell, y);
    });
    // Written when the element is added: "Utfall" heads the five year columns under it.
    if (cell.span > 1) {
      element.dictionary.data.A = { O: 'Table', ...element.dictionary.data.A, ColSpan: cell.span };
    }
    tr.add(element);
  });
  pdf.y = y + height;
}

function tableBlock(pdf: Pdf, parent: Structure, block: TableBlock) {
  const table = pdf.struct('Table', { title: block.caption });
  parent.add(table);
  const addRow = (layout: RowLayout) => {
    const tr = pdf.struct('TR');
    table.add(tr);
    drawRow(pdf, layout, tr);
    tr.end();
  };
  const header = block.header.map((row) => layoutRow(pdf, block, row, 'header'));
  const rows = block.rows.map((row) => layoutRow(pdf, block, row, 'body'));
  const heightOf = (layouts: RowLayout[]) => layouts.reduce((sum, l) => sum + l.height, 0);
  // A table starts where its header and first two rows fit.
  if (pdf.y + heightOf([...header, ...rows.slice(0, 2)]) > bottom(pdf)) pdf.addPage();
  for (const layout of header) addRow(layout);
  for (const layout of rows) {
    if (pdf.y + layout.height > bottom(pdf)) {
      pdf.addPage();
      // The header again on the new page, as Word repeats it: read once, so an artifact.
      for (const repeated of header) drawRow(pdf, repeated, null);
    }
    addRow(layout);
  }
  table.end();
  pdf.moveDown(0.4);
  for (const footnote of block.footnotes) textBlock(pdf, parent, 'P', footnote, SIZES.table);
  pdf.moveDown(0.8);
}

/** CSS pixels to points: 96 to the inch against 72. */
const PX = 0.75;

function figureBlock(pdf: Pdf, parent: Structure, block: FigureBlock) {
  const width = Math.min(contentWidth(pdf), block.width * PX);
  const height = (block.height / block.width) * width;
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
  const y = pdf.y;
  parent.add(
    pdf.struct('Figure', { alt: block.alt }, () => {
      pdf.image(Buffer.from(block.png), pdf.page.margins.left, y, { width, height });
    }),
  );
  pdf.y = y + height;
  pdf.moveDown(0.8);
}

function addBlock(pdf: Pdf, parent: Structure, block: Block) {
  switch (block.kind) {
    case 'heading':
      textBlock(pdf, parent, `H${block.level}`, block.text, SIZES[block.level]);
      return;
    case 'paragraph':
      textBlock(pdf, parent, 'P', block.text, SIZES.body);
      return;
    case 'table':
      tableBlock(pdf, parent, block);
      return;
    case 'figure':
      figureBlock(pdf, parent, block);
  }
}

export function renderPdf(document: ReportDocument): Promise<Uint8Array> {
  const pdf = new PDFDocument({
    size: 'A4',
    layout: document.orientation,
    margin: MARGIN,
    tagged: true,
    lang: 'sv-SE',
    displayTitle: true,
    pdfVersion: '1.7',
    // Never Helvetica: pdfkit would otherwise load it as the starting font.
    font: FONT_FILES.regular,
    info: {
      Title: document.title,
      Author: document.metadata.organisation ?? 'Målbild',
      Subject: metadataLine(document.metadata),
      Creator: 'Målbild',
    },
  });
  pdf.registerFont('bold', BOLD);
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => {
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    pdf.on('error', reject);
  });
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  textBlock(pdf, root, 'H1', document.title, SIZES.title);
  textBlock(pdf, root, 'P', metadataLine(document.metadata), SIZES.body);
  pdf.moveDown(0.5);
  for (const block of document.blocks) addBlock(pdf, root, block);
  root.end();
  pdf.end();
  return done;
}
