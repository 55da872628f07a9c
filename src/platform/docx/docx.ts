/**
 * DOCX rendering with the `docx` library (decision 044): the same `PdfDocument` the Typst layout
 * prints, as an editable Word document with the same words in the same order. Real Word headings
 * (the title « Titre 1 », sections « Titre 2 », groups « Titre 3 ») so the navigation pane lists
 * them, lists as Word lists, tables with a repeated header row, each chart as its alternative text
 * then a table of its values (accessible without a drawing), the language French (fr-FR) on every
 * run, title and creator in the core properties, the organisation in the page header and the
 * document's footer with the page number at the bottom.
 *
 * Text goes in as text: the library escapes it for XML; characters XML 1.0 cannot carry (control
 * characters, lone surrogates) are dropped so the file always opens. The brand's logo is not
 * carried (the DOCX is the editable copy; the PDF is the document of record).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { PdfBlock, PdfDocument } from '../../documents/domain/model.ts';

const LANGUAGE = { value: 'fr-FR' };
const GREY = '444444';

/** Drops what XML 1.0 cannot hold: C0 controls but tab and line breaks, U+FFFE/F, lone surrogates. */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

/** A text as runs, its line breaks kept. */
function runs(text: string, options: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}): TextRun[] {
  return xmlSafe(text)
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ ...options, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

const paragraph = (text: string, options: Omit<IRunOptions, 'text' | 'children' | 'break'> = {}) =>
  new Paragraph({ children: runs(text, options) });

const cell = (text: string, bold = false) =>
  new TableCell({ children: [new Paragraph({ children: runs(text, { bold }) })] });

const fullWidth = { size: 100, type: WidthType.PERCENTAGE } as const;

function table(header: string[] | null, rows: string[][], boldFirstColumn = false): Table {
  return new Table({
    width: fullWidth,
    rows: [
      ...(header
        ? [new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h) => cell(h, true)) })]
        : []),
      ...rows.map(
        (row) =>
          new TableRow({ cantSplit: true, children: row.map((value, i) => cell(value, boldFirstColumn && i === 0)) }),
      ),
    ],
  });
}

const number = (value: number) => String(value).replace('.', ',');

/** One block of the layout as Word paragraphs and tables. Every variant has its case. */
function blockContent(block: PdfBlock): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(block.text) })];
    case 'paragraph':
      return [paragraph(block.text)];
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
    case 'fields':
      return [table(null, block.rows, true), new Paragraph({})];
    case 'table':
      return [table(block.header, block.rows), new Paragraph({})];
    case 'entry':
      return [
        new Paragraph({ keepNext: true, spacing: { before: 160 }, children: runs(block.title, { bold: true }) }),
        ...block.rows.map(
          ([label, value]) =>
            new Paragraph({
              indent: { left: 240 },
              children: [...runs(`${label} : `, { color: GREY }), ...runs(value)],
            }),
        ),
      ];
    case 'chart':
      return [
        new Paragraph({ keepNext: true, spacing: { before: 160 }, children: runs(block.title, { bold: true }) }),
        new Paragraph({ keepNext: true, children: runs(block.alt) }),
        table(
          ['Élément', `Valeur (${block.unit})`],
          block.bars.map((bar) => [bar.label, `${number(bar.value)}\u00A0${block.unit}`]),
        ),
        new Paragraph({}),
      ];
    default: {
      const unknown: never = block;
      throw new Error(`Unknown block ${JSON.stringify(unknown)}`);
    }
  }
}

/** The signature boxes and the signed copy's page, as the PDF shows them. */
function signatureContent(document: PdfDocument): (Paragraph | Table)[] {
  const content: (Paragraph | Table)[] = [];
  if (document.signers.length > 0) {
    content.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs('Signatures') }),
      paragraph(
        'Ce document est signé électroniquement en ligne (signature électronique simple) : chaque signataire lit le document, tape son nom et coche une case de consentement explicite.',
      ),
      table(
        ['Signataire', 'Nom', 'Signature'],
        document.signers.map((s) => [s.role, s.name, '']),
      ),
    );
  }
  if (document.signatures) {
    content.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: runs('Page de signatures') }),
      paragraph(
        'Signatures électroniques simples recueillies en ligne. Chaque signature porte sur le document original, identifié par son empreinte ci-dessous ; cette page est ajoutée à la copie signée.',
      ),
      table(
        null,
        [
          ['Document', document.title],
          ['Empreinte du document', document.signatures.sha256],
        ],
        true,
      ),
    );
    for (const item of document.signatures.items) content.push(new Paragraph({}), table(null, item.rows, true));
  }
  return content;
}

/** Renders a document model to DOCX bytes. */
export async function renderDocx(document: PdfDocument): Promise<Buffer> {
  const accent = document.brand?.accent?.replace('#', '') ?? undefined;
  const headingRun = { color: accent ?? '1B1B1B', bold: true };
  const file = new Document({
    title: xmlSafe(document.title),
    creator: xmlSafe(document.organisation.name),
    lastModifiedBy: xmlSafe(document.organisation.name),
    ...(document.subtitle ? { subject: xmlSafe(document.subtitle) } : {}),
    styles: {
      default: {
        document: { run: { language: LANGUAGE, font: 'Calibri', size: 21 } },
        heading1: {
          run: { ...headingRun, size: 32 },
          paragraph: { spacing: { before: 240, after: 120 }, outlineLevel: 0 },
        },
        heading2: {
          run: { ...headingRun, size: 24 },
          paragraph: {
            spacing: { before: 280, after: 120 },
            keepNext: true,
            outlineLevel: 1,
            border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: accent ?? '999999', space: 2 } },
          },
        },
        heading3: {
          run: { ...headingRun, size: 22 },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 2 },
        },
      },
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [paragraph(document.organisation.name, { bold: true, color: GREY, size: 18 })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ children: runs(document.footer, { color: GREY, size: 15 }) }),
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    color: GREY,
                    size: 15,
                    children: ['Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...document.organisation.lines.map((line) => paragraph(line, { color: GREY })),
          ...document.meta.map((line) => paragraph(line, { color: GREY })),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(document.title) }),
          ...(document.subtitle ? [paragraph(document.subtitle, { size: 22 })] : []),
          ...document.blocks.flatMap(blockContent),
          ...signatureContent(document),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
