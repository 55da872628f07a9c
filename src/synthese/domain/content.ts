/**
 * The document de synthèse as written (legal.md BC-10): the one model that both the PDF (Typst,
 * tagged) and the DOCX render, so the two always carry the same content. Pure data: text is
 * plain (never markup), dates are ISO `YYYY-MM-DD`, nothing here reads a database.
 */
import type { PdfBrand } from '../../documents/domain/model.ts';

/** The sections, in the document's order: BC-10's three, the plan, the notice, the follow-up. */
export const SYNTHESE_SECTION_KEYS = [
  'circonstances',
  'competences',
  'interets',
  'projets',
  'etapes',
  'confidentialite',
  'suivi',
] as const;
export type SyntheseSectionKey = (typeof SYNTHESE_SECTION_KEYS)[number];

export const SYNTHESE_SECTION_HEADINGS: Record<SyntheseSectionKey, string> = {
  circonstances: 'Les circonstances du bilan',
  competences: 'Vos compétences et aptitudes',
  interets: 'Vos intérêts, valeurs et motivations',
  projets: 'Le ou les projets retenus',
  etapes: 'Les principales étapes de mise en œuvre',
  confidentialite: 'Confidentialité de ce document',
  suivi: 'Le suivi après le bilan',
};

/** A horizontal bar chart; `alt` says the whole chart in French sentences (its text equivalent). */
export interface SyntheseChart {
  title: string;
  alt: string;
  /** Shown after each value, e.g. « points » or « / 5 ». */
  unit: string;
  max: number;
  bars: { label: string; value: number }[];
}

export type SyntheseHorizon = 'court' | 'moyen' | 'long';

export const SYNTHESE_HORIZON_LABELS: Record<SyntheseHorizon, string> = {
  court: 'À court terme',
  moyen: 'À moyen terme',
  long: 'À long terme',
};

/** One step of the action plan as the synthesis shows it (labels already in French). */
export interface SyntheseActionStep {
  horizon: SyntheseHorizon;
  what: string;
  who: string;
  /** ISO date, or null when the step has no date. */
  byWhen: string | null;
  resources: string;
  funding: string;
  statusLabel: string;
}

export interface SyntheseSection {
  key: SyntheseSectionKey;
  heading: string;
  /** Plain-text paragraphs, in order (the written text split on blank lines). */
  paragraphs: string[];
  /** Charts shown after the paragraphs (interests: the RIASEC profile; projects: the pistes). */
  charts: SyntheseChart[];
  /** Only in `etapes`: the action plan's steps, in order. */
  steps?: SyntheseActionStep[];
}

export interface SyntheseContent {
  beneficiaryName: string;
  consultantName: string;
  organisation: { name: string; lines: string[] };
  brand?: PdfBrand;
  /** First and last day of the bilan (ISO), null while unknown. */
  period: { startedOn: string | null; endedOn: string | null };
  version: { number: number; approvedOn: string | null };
  /** The day of edition (ISO). */
  editedOn: string;
  sections: SyntheseSection[];
}
