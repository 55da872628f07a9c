/**
 * Documents as data: what `templates/document.typ` lays out. Builders in this folder turn
 * administrative facts into this shape; they never receive bilan content (notes, records,
 * results), so no content can reach a quote, a certificate or a funder's view. The portfolio's
 * printable copy (`src/portfolio/domain/portfolio-pdf.ts`, decision 038) uses the same layout for
 * the beneficiary's own content; it is rendered on demand and never stored as a document.
 */
export type PdfBlock =
  | { type: 'heading'; text: string }
  /** A heading under a `heading` (a group inside a section). */
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'fields'; rows: [string, string][] }
  | { type: 'table'; header: string[]; rows: string[][] }
  /**
   * One item of a long list (an experience, a competence): its title in bold, then labelled
   * values; a value's line breaks are kept, and long values wrap and run onto the next page.
   */
  | { type: 'entry'; title: string; rows: [string, string][] }
  /**
   * A horizontal bar chart (the synthesis, decision 044): each bar's value is written next to it,
   * and `alt` says the whole chart in French sentences, carried as the figure's alternative text in
   * the tagged PDF and printed as a paragraph in the DOCX. `unit` follows each value (« points »).
   */
  | { type: 'chart'; title: string; alt: string; unit: string; max: number; bars: { label: string; value: number }[] };

/**
 * The organisation's brand as the document prints it (decision 036): the accent colour of its
 * headings and rules, and its logo, whose bytes travel with the document so a signed copy
 * re-rendered later shows the logo of the day it was produced.
 */
export interface PdfBrand {
  /** `#rrggbb`, or null for the default (dark blue-grey). */
  accent: string | null;
  logo: { contentType: 'image/png' | 'image/jpeg'; sha256: string; base64: string } | null;
}

export interface PdfDocument {
  title: string;
  subtitle: string | null;
  organisation: { name: string; lines: string[] };
  /** Right-hand header lines: reference, date… */
  meta: string[];
  blocks: PdfBlock[];
  /** Signature boxes at the end of the document (role label and name). */
  signers: { role: string; name: string }[];
  /** The appended signature page of a signed copy (null on the original). */
  signatures: { sha256: string; items: { rows: [string, string][] }[] } | null;
  footer: string;
  /** Absent from documents produced before the brand existed (migration 0019). */
  brand?: PdfBrand;
  /**
   * `ua-1`: the renderer asks Typst for PDF/UA-1 and fails rather than write a document that
   * breaks its rules (the synthesis, decision 044). Absent: a tagged PDF without the claim.
   */
  standard?: 'ua-1';
}
