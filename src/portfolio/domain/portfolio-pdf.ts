/**
 * The portfolio's printable copy (issue 12, decision 038): « Mon parcours et mes compétences »,
 * for the beneficiary to keep or hand on. The parcours in chronological order, the competences
 * grouped by the beneficiary's domains with their level and its anchor, the experiences that prove
 * them, and the ROME credit when a ROME item appears. People's words only: no codes, no ids.
 * Laid out by the documents' Typst layout (`PdfDocument`), rendered on demand, never stored.
 */
import type { PdfBlock, PdfBrand, PdfDocument } from '../../documents/domain/model.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { MONTHS, formatDateFr } from '../../shared/rules/format.ts';
import { levelAnchor, type CompetenceLevel } from './levels.ts';
import type { ExperienceIn as ExportedExperience } from './export.ts';
import {
  COMPETENCE_KIND_LABELS,
  EXPERIENCE_KIND_LABELS,
  SATISFACTION_MAX,
  type PortfolioCompetenceKind,
} from './portfolio.ts';

export const PORTFOLIO_PDF_TITLE = 'Mon parcours et mes compétences';
export const PORTFOLIO_PDF_FILE_NAME = 'mon-parcours-et-mes-competences.pdf';
/** The credit the ROME's licence asks for, printed when a ROME item appears. */
export const ROME_SOURCE_CREDIT = 'Source : France Travail — ROME 4.0 (Licence Ouverte)';
export const EMPTY_PORTFOLIO_SENTENCE =
  'Le portefeuille est encore vide : aucune expérience ni compétence n’y a été enregistrée pour le moment.';

type ExperienceIn = Omit<ExportedExperience, 'updatedAt' | 'updatedBy'>;
interface CompetenceIn {
  kind: PortfolioCompetenceKind;
  label: string;
  rome: { codeOgr: string; label: string | null } | null;
  level: CompetenceLevel | null;
  wantsToUse: boolean | null;
  transferable: boolean;
  domainId: string | null;
  experienceIds: string[];
}
interface DomainIn {
  id: string;
  label: string;
}

export interface PortfolioPdfFacts {
  beneficiaryName: string;
  organisation: { name: string; address: string | null; postalCode: string | null; city: string | null };
  brand: PdfBrand | null;
  /** The day of edition (Paris), AAAA-MM-JJ. */
  editedOn: string;
}

/** `2015-09-01` → « septembre 2015 ». */
export function monthYear(date: string): string {
  const [year, month] = date.split('-');
  return `${MONTHS[Number(month) - 1] ?? ''} ${year}`;
}

/** « De septembre 2015 à juin 2019 », « Depuis mars 2021 », « Septembre 2015 ». */
export function periodFr(startedOn: string, endedOn: string | null): string {
  if (endedOn === null) return `Depuis ${monthYear(startedOn)}`;
  const from = monthYear(startedOn);
  const to = monthYear(endedOn);
  if (from === to) return from.charAt(0).toUpperCase() + from.slice(1);
  return `De ${from} à ${to}`;
}

/** Oldest first; at the same start, the one that ended first; then the portfolio's order. */
function chronological<E extends ExperienceIn>(experiences: readonly E[]): E[] {
  return experiences
    .map((e, index) => ({ e, index }))
    .sort(
      (a, b) =>
        a.e.startedOn.localeCompare(b.e.startedOn) ||
        (a.e.endedOn ?? '9999').localeCompare(b.e.endedOn ?? '9999') ||
        a.index - b.index,
    )
    .map(({ e }) => e);
}

const yesNo = (value: boolean) => (value ? 'Oui' : 'Non');

/**
 * Typst breaks lines only between words: a run of more than 40 characters without a space (a web
 * address, a pasted reference) would run past the margin. A zero-width space every 40 characters
 * of such a run (counted in code points, so no character is cut) gives the line a place to break.
 */
export function breakable(text: string): string {
  return text.replace(/\S{41,}/gu, (run) => (run.match(/[\s\S]{1,40}/gu) ?? [run]).join('\u200B'));
}

const entry = (title: string, rows: [string, string][]): PdfBlock => ({
  type: 'entry',
  title: breakable(title),
  rows: rows.map(([label, value]) => [label, breakable(value)]),
});

function experienceEntry(e: ExperienceIn, n: number): PdfBlock {
  const rows: [string, string][] = [
    ['Période', periodFr(e.startedOn, e.endedOn)],
    ['Type', EXPERIENCE_KIND_LABELS[e.kind]],
  ];
  if (e.employerOrContext) rows.push(['Employeur ou contexte', e.employerOrContext]);
  if (e.appellation?.label && e.appellation.label !== e.title) rows.push(['Métier (ROME)', e.appellation.label]);
  if (e.activities) rows.push(['Activités', e.activities]);
  if (e.achievements) rows.push(['Réalisations', e.achievements]);
  if (e.liked) rows.push(['Ce que j’ai aimé', e.liked]);
  if (e.disliked) rows.push(['Ce que j’ai moins aimé', e.disliked]);
  if (e.satisfaction !== null) rows.push(['Satisfaction', `${e.satisfaction} sur ${SATISFACTION_MAX}`]);
  return entry(`${n}. ${e.title}`, rows);
}

function competenceEntry(c: CompetenceIn, experienceNames: Map<string, string>): PdfBlock {
  const rows: [string, string][] = [['Type', COMPETENCE_KIND_LABELS[c.kind]]];
  if (c.rome?.label && c.rome.label !== c.label) rows.push(['Dans le ROME', c.rome.label]);
  if (c.level !== null) {
    const { label, anchor } = levelAnchor(c.level);
    rows.push(['Niveau', `${label} — ${anchor}`]);
  }
  rows.push(['Transférable', yesNo(c.transferable)]);
  if (c.wantsToUse !== null) rows.push(['Souhaite la mobiliser', yesNo(c.wantsToUse)]);
  // In the parcours' order (the names are numbered).
  const proving = new Set(c.experienceIds);
  const proofs = [...experienceNames].filter(([id]) => proving.has(id)).map(([, name]) => name);
  if (proofs.length > 0) rows.push(['Prouvée par', proofs.join('\n')]);
  return entry(c.label, rows);
}

/** The printable portfolio as a document of the shared layout. */
export function buildPortfolioPdf(
  portfolio: {
    experiences: readonly ExperienceIn[];
    competences: readonly CompetenceIn[];
    domains: readonly DomainIn[];
  },
  facts: PortfolioPdfFacts,
): PdfDocument {
  const editedOn = formatDateFr(parsePlainDate(facts.editedOn));
  const o = facts.organisation;
  const place = [o.postalCode, o.city].filter(Boolean).join(' ');
  const blocks: PdfBlock[] = [];
  const experiences = chronological(portfolio.experiences);
  const experienceNames = new Map(
    experiences.map((e, i) => [e.id, `${i + 1}. ${e.title} (${periodFr(e.startedOn, e.endedOn).toLowerCase()})`]),
  );

  if (experiences.length === 0 && portfolio.competences.length === 0) {
    blocks.push({ type: 'paragraph', text: EMPTY_PORTFOLIO_SENTENCE });
  } else {
    blocks.push({ type: 'heading', text: 'Mon parcours' });
    if (experiences.length === 0)
      blocks.push({ type: 'paragraph', text: 'Aucune expérience n’est encore enregistrée.' });
    else {
      blocks.push({
        type: 'paragraph',
        text: `Du plus ancien au plus récent. La satisfaction va de 1 (une période difficile) à ${SATISFACTION_MAX} (une période très épanouissante).`,
      });
      experiences.forEach((e, i) => blocks.push(experienceEntry(e, i + 1)));
    }

    blocks.push({ type: 'heading', text: 'Mes compétences' });
    if (portfolio.competences.length === 0)
      blocks.push({ type: 'paragraph', text: 'Aucune compétence n’est encore enregistrée.' });
    else {
      const known = new Set(portfolio.domains.map((d) => d.id));
      const groups: { label: string; items: CompetenceIn[] }[] = portfolio.domains.map((d) => ({
        label: d.label,
        items: portfolio.competences.filter((c) => c.domainId === d.id),
      }));
      const loose = portfolio.competences.filter((c) => c.domainId === null || !known.has(c.domainId));
      if (loose.length > 0)
        groups.push({ label: groups.length > 0 ? 'Autres compétences' : 'Toutes mes compétences', items: loose });
      for (const group of groups.filter((g) => g.items.length > 0)) {
        blocks.push({ type: 'subheading', text: group.label });
        for (const c of group.items) blocks.push(competenceEntry(c, experienceNames));
      }
    }

    const usesRome =
      portfolio.competences.some((c) => c.rome !== null) || portfolio.experiences.some((e) => e.appellation !== null);
    if (usesRome) blocks.push({ type: 'paragraph', text: ROME_SOURCE_CREDIT });
  }

  return {
    title: PORTFOLIO_PDF_TITLE,
    subtitle: facts.beneficiaryName,
    organisation: { name: o.name, lines: [o.address, place].filter((l): l is string => Boolean(l)) },
    meta: [`Édité le ${editedOn}`],
    blocks,
    signers: [],
    signatures: null,
    footer: `${facts.beneficiaryName} — ${PORTFOLIO_PDF_TITLE} — bilan de compétences avec ${o.name}, édité le ${editedOn}. Document personnel.`,
    ...(facts.brand ? { brand: facts.brand } : {}),
  };
}
