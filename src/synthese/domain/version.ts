/**
 * A published version of the synthesis (decision 043): the text of its seven sections, in the
 * document's order, and its figures; what its SHA-256 covers (the approval signs it); and the
 * document model (`SyntheseContent`) both the PDF and the DOCX render from it. Pure.
 */
import type { PdfBrand } from '../../documents/domain/model.ts';
import {
  SYNTHESE_SECTION_HEADINGS,
  SYNTHESE_SECTION_KEYS,
  type SyntheseContent,
  type SyntheseSection,
  type SyntheseSectionKey,
} from './content.ts';
import { diffText, type DiffPart } from './diff.ts';
import { CONFIDENTIALITY_NOTICE } from './model.ts';
import type { SyntheseFigures } from './figures.ts';

export interface VersionSection {
  key: SyntheseSectionKey;
  text: string;
}

/** A version's section as stored (`synthese_versions.sections`). */
export type StoredVersionSection = VersionSection;

/** The sections in the document's order, an absent one empty. */
export function orderedSections(texts: Partial<Record<SyntheseSectionKey, string>>): VersionSection[] {
  return SYNTHESE_SECTION_KEYS.map((key) => ({ key, text: texts[key] ?? '' }));
}

/** JSON with every object's keys sorted, so that a value read back from jsonb gives the same text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The exact text the version's SHA-256 is computed over (keys sorted at every level). */
export function canonicalVersion(sections: readonly VersionSection[], figures: SyntheseFigures): string {
  return stableJson({
    sections: sections.map((s) => ({ key: s.key, text: s.text })),
    figures: { riasec: figures.riasec, pistes: figures.pistes, steps: figures.steps },
  });
}

/** Nothing is written yet. */
export function isEmpty(sections: readonly VersionSection[]): boolean {
  return sections.every((s) => s.text.trim() === '');
}

/** Same text in every section. */
export function sameText(a: readonly VersionSection[], b: readonly VersionSection[]): boolean {
  return SYNTHESE_SECTION_KEYS.every(
    (key) => (a.find((s) => s.key === key)?.text ?? '') === (b.find((s) => s.key === key)?.text ?? ''),
  );
}

export interface SectionDiff {
  key: SyntheseSectionKey;
  heading: string;
  changed: boolean;
  parts: DiffPart[];
}

/** What changed, section by section, from `before` to `after`. */
export function versionDiff(before: readonly VersionSection[], after: readonly VersionSection[]): SectionDiff[] {
  return SYNTHESE_SECTION_KEYS.map((key) => {
    const a = before.find((s) => s.key === key)?.text ?? '';
    const b = after.find((s) => s.key === key)?.text ?? '';
    return { key, heading: SYNTHESE_SECTION_HEADINGS[key], changed: a !== b, parts: diffText(a, b) };
  });
}

/** A section's written text as paragraphs (split on blank lines). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export interface ContentFacts {
  beneficiaryName: string;
  consultantName: string;
  organisation: { name: string; lines: string[] };
  brand?: PdfBrand;
  period: { startedOn: string | null; endedOn: string | null };
  approvedOn: string | null;
  editedOn: string;
}

/**
 * The document of a version. A section's figures are shown only when the consultant wrote that
 * section (nothing reaches the beneficiary that the consultant did not write or accept). The
 * confidentiality notice is the law's mention, not a judgement on the person: a version whose
 * consultant did not write that section still carries it (BC-10).
 */
export function syntheseContent(
  version: { number: number; sections: readonly VersionSection[]; figures: SyntheseFigures },
  facts: ContentFacts,
): SyntheseContent {
  const sections: SyntheseSection[] = SYNTHESE_SECTION_KEYS.map((key) => {
    const text = version.sections.find((s) => s.key === key)?.text ?? '';
    const paragraphs = paragraphsOf(key === 'confidentialite' && text.trim() === '' ? CONFIDENTIALITY_NOTICE : text);
    const written = paragraphs.length > 0;
    const section: SyntheseSection = {
      key,
      heading: SYNTHESE_SECTION_HEADINGS[key],
      paragraphs,
      charts: !written
        ? []
        : key === 'interets'
          ? version.figures.riasec
            ? [version.figures.riasec]
            : []
          : key === 'projets'
            ? version.figures.pistes
            : [],
    };
    if (key === 'etapes' && written && version.figures.steps.length > 0) section.steps = version.figures.steps;
    return section;
  });
  return {
    beneficiaryName: facts.beneficiaryName,
    consultantName: facts.consultantName,
    organisation: facts.organisation,
    ...(facts.brand ? { brand: facts.brand } : {}),
    period: facts.period,
    version: { number: version.number, approvedOn: facts.approvedOn },
    editedOn: facts.editedOn,
    sections,
  };
}
