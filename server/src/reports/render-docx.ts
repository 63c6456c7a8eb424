import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IRunOptions,
} from 'docx';
import {
  metadataLine,
  type Block,
  type FigureBlock,
  type ReportDocument,
  type TableBlock,
  type TableRow as ReportRow,
} from './document';

// Word: headings in Word's own heading styles (the navigation pane lists them), real tables whose
// header rows Word repeats on every page, the language Swedish so spelling and hyphenation are.

const HEADINGS = {
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** Word's text width on A4 portrait with its default margins, in CSS pixels: a figure fits. */
const MAX_FIGURE_WIDTH = 600;

function figure(block: FigureBlock): FileChild[] {
  const width = Math.min(MAX_FIGURE_WIDTH, block.width);
  const height = Math.round((block.height / block.width) * width);
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: block.png,
          transformation: { width, height },
          altText: { name: 'Diagram', title: 'Diagram', description: block.alt },
        }),
      ],
    }),
  ];
}

const FONT = 'Calibri';
// Half-points: 10 pt body text, 8 pt in tables and footnotes (the council's tables are dense).
const BODY_SIZE = 20;
const TABLE_SIZE = 16;

function row({ cells, emphasis }: ReportRow, widths: number[], header: boolean): TableRow {
  // Typed as run options: TextRun also takes a plain string, whose deprecated bold() lint finds.
  const format: IRunOptions = { bold: header || emphasis !== undefined, size: TABLE_SIZE };
  const total = widths.reduce((sum, width) => sum + width, 0);
  let column = 0;
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: cells.map((cell) => {
      const span = cell.span ?? 1;
      const share = widths.slice(column, column + span).reduce((sum, width) => sum + width, 0);
      column += span;
      return new TableCell({
        columnSpan: span,
        width: { size: (share / total) * 100, type: WidthType.PERCENTAGE },
        children: [
          new Paragraph({
            alignment: cell.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [new TextRun({ ...format, text: cell.text })],
          }),
        ],
      });
    }),
  });
}

function table(block: TableBlock): FileChild[] {
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        ...block.header.map((header) => row(header, block.widths, true)),
        ...block.rows.map((body) => row(body, block.widths, false)),
      ],
    }),
    ...block.footnotes.map(
      (footnote) =>
        new Paragraph({ children: [new TextRun({ text: footnote, size: TABLE_SIZE })] }),
    ),
    new Paragraph({}),
  ];
}

function blockContent(block: Block): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: HEADINGS[block.level] })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'table':
      return table(block);
    case 'figure':
      return figure(block);
  }
}

export async function renderDocx(document: ReportDocument): Promise<Uint8Array> {
  const file = new Document({
    title: document.title,
    creator: document.metadata.organisation ?? 'Målbild',
    description: metadataLine(document.metadata),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE, language: { value: 'sv-SE' } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              orientation:
                document.orientation === 'landscape'
                  ? PageOrientation.LANDSCAPE
                  : PageOrientation.PORTRAIT,
            },
          },
        },
        children: [
          new Paragraph({ text: document.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: metadataLine(document.metadata) }),
          ...document.blocks.flatMap(blockContent),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}
