/**
 * The document de synthèse as a document of the shared layout (issue 14, decision 044): one
 * `PdfDocument` that both outputs render, the tagged PDF (Typst, PDF/UA-1) and the DOCX, so the two
 * always carry the same words in the same order. The sections in their order, each a heading then
 * its paragraphs, its charts (with their alternative text) and, in the plan, the steps grouped by
 * horizon. No signature boxes: the approval is recorded by the application, not on paper.
 */
import type { PdfBlock, PdfDocument } from '../../documents/domain/model.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { breakable } from '../../portfolio/domain/portfolio-pdf.ts';
import {
  SYNTHESE_HORIZON_LABELS,
  type SyntheseActionStep,
  type SyntheseChart,
  type SyntheseContent,
  type SyntheseHorizon,
  type SyntheseSection,
} from './content.ts';

export const SYNTHESE_PDF_TITLE = 'Document de synthèse';

export const NO_STEP_SENTENCE = 'Aucune étape n’est inscrite au plan d’action.';

const dateFr = (iso: string) => formatDateFr(parsePlainDate(iso));

/** « Du 3 mars 2026 au 12 juin 2026 », « Commencé le 3 mars 2026 », or null while unknown. */
export function periodLine(period: SyntheseContent['period']): string | null {
  const { startedOn, endedOn } = period;
  if (startedOn && endedOn) return `Bilan du ${dateFr(startedOn)} au ${dateFr(endedOn)}`;
  if (startedOn) return `Bilan commencé le ${dateFr(startedOn)}`;
  if (endedOn) return `Bilan terminé le ${dateFr(endedOn)}`;
  return null;
}

/** « Version 2, approuvée le 12 juin 2026 », or « Version 2, en préparation » before approval. */
export function versionLine(version: SyntheseContent['version']): string {
  return version.approvedOn
    ? `Version ${version.number}, approuvée le ${dateFr(version.approvedOn)}`
    : `Version ${version.number}, en préparation`;
}

export function confidentialityFooter(beneficiaryName: string): string {
  return `Document confidentiel, propriété de ${beneficiaryName} (article L6313-4 du Code du travail)`;
}

const number = (value: number) => String(value).replace('.', ',');

/**
 * The chart's text equivalent: the author's sentences, or, when there are none, every bar read out
 * (a figure without alternative text breaks PDF/UA, and a reader must get the values anyway).
 */
export function chartAlt(chart: SyntheseChart): string {
  const written = chart.alt.trim();
  if (written) return written;
  const values = chart.bars.map((b) => `${b.label} : ${number(b.value)}\u00A0${chart.unit}`).join(' ; ');
  return values ? `${chart.title}. ${values}.` : `${chart.title} : aucune valeur.`;
}

function chartBlock(chart: SyntheseChart): PdfBlock {
  const highest = Math.max(0, ...chart.bars.map((b) => b.value));
  return {
    type: 'chart',
    title: breakable(chart.title),
    alt: chartAlt(chart),
    unit: chart.unit,
    max: chart.max > 0 ? chart.max : highest,
    bars: chart.bars.map((b) => ({ label: breakable(b.label), value: b.value })),
  };
}

function stepEntry(step: SyntheseActionStep): PdfBlock {
  const rows: [string, string][] = [
    ['Qui', step.who.trim() || 'Non précisé'],
    ['Échéance', step.byWhen ? dateFr(step.byWhen) : 'Sans échéance'],
  ];
  if (step.resources.trim()) rows.push(['Ressources', step.resources]);
  if (step.funding.trim()) rows.push(['Financement', step.funding]);
  rows.push(['État', step.statusLabel]);
  return { type: 'entry', title: breakable(step.what), rows: rows.map(([l, v]) => [l, breakable(v)]) };
}

const HORIZONS: SyntheseHorizon[] = ['court', 'moyen', 'long'];

function sectionBlocks(section: SyntheseSection): PdfBlock[] {
  const blocks: PdfBlock[] = [{ type: 'heading', text: section.heading }];
  const paragraphs = section.paragraphs.map((p) => p.trim()).filter(Boolean);
  for (const text of paragraphs) blocks.push({ type: 'paragraph', text: breakable(text) });
  for (const chart of section.charts) blocks.push(chartBlock(chart));
  if (section.steps !== undefined) {
    if (section.steps.length === 0) blocks.push({ type: 'paragraph', text: NO_STEP_SENTENCE });
    for (const horizon of HORIZONS) {
      const steps = section.steps.filter((s) => s.horizon === horizon);
      if (steps.length === 0) continue;
      blocks.push({ type: 'subheading', text: SYNTHESE_HORIZON_LABELS[horizon] });
      for (const step of steps) blocks.push(stepEntry(step));
    }
  }
  // A part the consultant did not write is left out, as on the beneficiary's page: never a
  // heading alone.
  return blocks.length === 1 ? [] : blocks;
}

/** The synthesis as a document of the shared layout, asked for as PDF/UA-1. */
export function buildSynthesePdf(content: SyntheseContent): PdfDocument {
  const meta = [periodLine(content.period), versionLine(content.version), `Édité le ${dateFr(content.editedOn)}`];
  return {
    title: SYNTHESE_PDF_TITLE,
    subtitle: `Bilan de compétences de ${content.beneficiaryName}, accompagné par ${content.consultantName}`,
    organisation: { name: content.organisation.name, lines: content.organisation.lines },
    meta: meta.filter((line): line is string => line !== null),
    blocks: content.sections.flatMap(sectionBlocks),
    signers: [],
    signatures: null,
    footer: confidentialityFooter(content.beneficiaryName),
    ...(content.brand ? { brand: content.brand } : {}),
    standard: 'ua-1',
  };
}
