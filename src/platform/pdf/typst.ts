/**
 * PDF rendering with Typst (decision 015). One layout (`templates/document.typ`) receives the
 * document as JSON through `sys.inputs`: text is inserted as text, never concatenated into
 * markup, so nothing a user typed can change the document's structure.
 *
 * The organisation's logo (decision 036) arrives with the document as base64; it is handed to
 * the compiler as an in-memory file (never written to disk) named by its SHA-256, and the layout
 * receives only that name.
 *
 * A document may ask for PDF/UA-1 (`standard`, the synthesis: decision 044); every document is
 * tagged anyway (headings, reading order, language, table headers, alternative texts).
 *
 * Fonts: the compiler embeds its default fonts (Libertinus Serif, OFL) and fetches nothing; the
 * PDF embeds the subset it uses. The compiler writes the time of rendering in the PDF's metadata,
 * so two renders of the same input differ: a document's SHA-256 is that of the bytes stored and
 * shown, never of a new render.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NodeCompiler, type NodeTypstDocument } from '@myriaddreamin/typst-ts-node-compiler';
import type { PdfDocument } from '../../documents/domain/model.ts';

const WORKSPACE = fileURLToPath(new URL('./templates/', import.meta.url));
const TEMPLATE = readFileSync(new URL('./templates/document.typ', import.meta.url), 'utf8');

let compiler: NodeCompiler | null = null;

function theCompiler(): NodeCompiler {
  compiler ??= NodeCompiler.create({ workspace: WORKSPACE });
  return compiler;
}

export class PdfRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfRenderError';
  }
}

/** The layout's input: the document, its logo replaced by the in-memory file's path. */
function layoutInput(document: PdfDocument, logoPath: string | null) {
  return {
    ...document,
    brand: { accent: document.brand?.accent ?? null, logo: logoPath },
  };
}

/**
 * PDF/UA-1 when the document asks for it (decision 044). Typst refuses it when a rule would be
 * broken, and the rules include one a user can trip: a character that no embedded font can draw
 * (an emoji, a control character in pasted text). The document must still be delivered, so that
 * refusal gives the same tagged PDF without the PDF/UA claim (headings, reading order, language
 * and alternative texts are there either way).
 */
function exportPdf(typst: NodeCompiler, compiled: NodeTypstDocument, standard: PdfDocument['standard']): Buffer {
  if (standard) {
    try {
      return typst.pdf(compiled, { pdfStandard: standard });
    } catch {
      // fall through: tagged, without the claim
    }
  }
  try {
    return typst.pdf(compiled);
  } catch (error) {
    throw new PdfRenderError(`Typst PDF export failed: ${String(error).slice(0, 2000)}`);
  }
}

/** Renders a document model to PDF bytes. */
export function renderPdf(document: PdfDocument): Buffer {
  const typst = theCompiler();
  const logo = document.brand?.logo ?? null;
  const logoPath = logo
    ? `/brand/logo-${logo.sha256.replace(/[^0-9a-f]/g, '')}.${logo.contentType === 'image/png' ? 'png' : 'jpg'}`
    : null;
  if (logo && logoPath) typst.mapShadow(`${WORKSPACE}${logoPath.slice(1)}`, Buffer.from(logo.base64, 'base64'));
  try {
    const args = {
      mainFileContent: TEMPLATE,
      inputs: { data: JSON.stringify(layoutInput(document, logoPath)) },
    };
    const result = typst.compile(args);
    const compiled = result.result;
    if (!compiled || result.hasError()) {
      const error = result.takeError();
      const diagnostics = error ? typst.fetchDiagnostics(error) : [];
      throw new PdfRenderError(`Typst compilation failed: ${JSON.stringify(diagnostics).slice(0, 2000)}`);
    }
    const pdf = exportPdf(typst, compiled, document.standard);
    typst.evictCache(10);
    return pdf;
  } finally {
    if (logoPath) typst.unmapShadow(`${WORKSPACE}${logoPath.slice(1)}`);
  }
}
