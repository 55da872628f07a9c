/**
 * PDF rendering with Typst (decision 015). One layout (`templates/document.typ`) receives the
 * document as JSON through `sys.inputs`: text is inserted as text, never concatenated into
 * markup, so nothing a user typed can change the document's structure.
 *
 * Fonts: the compiler embeds its default fonts (Libertinus Serif, OFL) and fetches nothing; the
 * PDF embeds the subset it uses. Output is deterministic for the same input (no creation date),
 * so a document's SHA-256 identifies its content.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import type { PdfDocument } from '../../documents/domain/model.ts';

const TEMPLATE = readFileSync(fileURLToPath(new URL('./templates/document.typ', import.meta.url)), 'utf8');

let compiler: NodeCompiler | null = null;

function theCompiler(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: fileURLToPath(new URL('./templates/', import.meta.url)) });
  return compiler;
}

export class PdfRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfRenderError';
  }
}

/** Renders a document model to PDF bytes. */
export function renderPdf(document: PdfDocument): Buffer {
  const typst = theCompiler();
  const args = { mainFileContent: TEMPLATE, inputs: { data: JSON.stringify(document) } };
  const result = typst.compile(args);
  const compiled = result.result;
  if (!compiled || result.hasError()) {
    const error = result.takeError();
    const diagnostics = error ? typst.fetchDiagnostics(error) : [];
    throw new PdfRenderError(`Typst compilation failed: ${JSON.stringify(diagnostics).slice(0, 2000)}`);
  }
  const pdf = typst.pdf(compiled);
  typst.evictCache(10);
  return pdf;
}
