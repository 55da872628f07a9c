/**
 * The report model shared by every instrument: pure data that the UI turns into a page, a chart
 * and its accessible data table, and that the PDF/DOCX renderers turn into a document.
 *
 * Rules (instruments.md §5): scores come with their uncertainty, no type labels, no clinical
 * words, tendency language, both poles described positively, provenance on every report, and an
 * explicit invitation to discuss the results with the consultant.
 */
import { adaptationLabel, type InstrumentSource } from './provenance.ts';

export type Audience = 'beneficiaire' | 'consultant';

/** What the caller knows about the context of the report (time comes in as data). */
export interface ReportContext {
  audience: Audience;
  /** Date the answers were submitted, ISO 8601 (YYYY-MM-DD). */
  date: string;
  consultantName?: string | undefined;
}

export interface ChartPoint {
  id: string;
  label: string;
  value: number;
  /** Uncertainty band (90 %), when one is known. */
  low?: number | undefined;
  high?: number | undefined;
  /** A second value to compare with (e.g. the mean of others' ratings), when the chart has two series. */
  secondary?: number | undefined;
}

export interface ChartSpec {
  kind: 'hexagon' | 'bars' | 'bars_with_band' | 'piles' | 'grid';
  title: string;
  /** Axis range of `value`. */
  min: number;
  max: number;
  points: ChartPoint[];
  /** Names of the series, when `secondary` is used. */
  series?: [string, string] | undefined;
  /** One-sentence text alternative of the chart. */
  description: string;
}

/** Accessible alternative to the chart: a real table with a caption and header cells. */
export interface DataTable {
  caption: string;
  columns: { key: string; label: string }[];
  rows: Record<string, string>[];
}

export interface ReportSection {
  id: string;
  title: string;
  paragraphs: string[];
}

export interface ReportModel {
  instrumentId: string;
  instrumentVersion: number;
  audience: Audience;
  title: string;
  /** Provenance lines: name, version, items, adaptation status, source and licence, date, consultant. */
  provenance: string[];
  summary: string[];
  chart: ChartSpec | null;
  dataTable: DataTable | null;
  sections: ReportSection[];
  /** How precise the results are, in plain words. */
  uncertainty: string[];
  discussion: { heading: string; prompts: string[] };
  /** Points for the consultant only (flags, response quality); empty for the beneficiary. */
  consultantNotes: string[];
}

export const DISCUSSION_HEADING = 'À discuter avec votre consultant·e';

const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** French number with at most one decimal (« 3,5 », « 12 »). */
export function fr(n: number): string {
  return number.format(n);
}

/** French number with exactly one decimal (« 3,0 »). */
export function fr1(n: number): string {
  return oneDecimal.format(n);
}

/** The provenance lines every report starts with. */
export function provenanceLines(source: InstrumentSource, context: ReportContext): string[] {
  const [y, m, d] = context.date.split('-');
  const lines = [
    `${source.name} – version ${source.version} – ${source.itemCount} questions`,
    `Statut : ${adaptationLabel(source.adaptation.status)}`,
    `Source : ${source.source.citation} – licence : ${source.source.licence}`,
    `Réponses du ${d}/${m}/${y}`,
  ];
  if (context.consultantName) lines.push(`Consultant·e : ${context.consultantName}`);
  return lines;
}
