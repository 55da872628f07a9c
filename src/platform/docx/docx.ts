/**
 * A document model (the one the PDF renders) as a Word file, through the `docx` package: title,
 * headings and paragraphs, lists, fields and entries as plain paragraphs. (Minimal version; the
 * full renderer replaces it at merge.)
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { PdfDocument } from '../../documents/domain/model.ts';

export async function renderDocx(document: PdfDocument): Promise<Buffer> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
  ];
  if (document.subtitle) children.push(new Paragraph({ children: [new TextRun(document.subtitle)] }));
  for (const line of document.meta) children.push(new Paragraph({ children: [new TextRun(line)] }));
  for (const block of document.blocks) {
    switch (block.type) {
      case 'heading':
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] }));
        break;
      case 'subheading':
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(block.text)] }));
        break;
      case 'paragraph':
        children.push(new Paragraph({ children: [new TextRun(block.text)] }));
        break;
      case 'list':
        for (const item of block.items)
          children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }));
        break;
      case 'fields':
        for (const [label, value] of block.rows)
          children.push(
            new Paragraph({ children: [new TextRun({ text: `${label} : `, bold: true }), new TextRun(value)] }),
          );
        break;
      case 'table':
        children.push(new Paragraph({ children: [new TextRun({ text: block.header.join(' | '), bold: true })] }));
        for (const row of block.rows) children.push(new Paragraph({ children: [new TextRun(row.join(' | '))] }));
        break;
      case 'entry':
        children.push(new Paragraph({ children: [new TextRun({ text: block.title, bold: true })] }));
        for (const [label, value] of block.rows)
          children.push(
            new Paragraph({ children: [new TextRun({ text: `${label} : `, bold: true }), new TextRun(value)] }),
          );
        break;
    }
  }
  children.push(new Paragraph({ children: [new TextRun({ text: document.footer, italics: true })] }));
  const doc = new Document({
    title: document.title,
    creator: document.organisation.name,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}
