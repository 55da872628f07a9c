/**
 * The portfolio as a JSON file (decision 038): Sillage's own documented shape, versioned, that
 * the beneficiary keeps or hands on. Not Europass: Europass identifies skills by ESCO, and the
 * portfolio names ROME codes, which this catalogue does not map to ESCO; the shape keeps the
 * fields a later Europass export would need (dated experiences with employer and activities,
 * competences by kind with their evidence).
 */
import { COMPETENCE_KIND_LABELS, COMPETENCE_ORIGIN_LABELS, EXPERIENCE_KIND_LABELS } from './portfolio.ts';
import type { CompetenceOrigin, ExperienceKind, PortfolioCompetenceKind } from './portfolio.ts';
import { levelAnchor, type CompetenceLevel } from './levels.ts';

export const EXPORT_FORMAT = 'sillage.portfolio';
export const EXPORT_VERSION = 1;
export const EXPORT_FILE_NAME = 'portefeuille-de-competences.json';

interface Person {
  name: string;
}
/** An experience as the export and the printable portfolio read it. */
export interface ExperienceIn {
  id: string;
  kind: ExperienceKind;
  title: string;
  appellation: { codeOgr: string; label: string | null } | null;
  employerOrContext: string | null;
  startedOn: string;
  endedOn: string | null;
  activities: string | null;
  achievements: string | null;
  liked: string | null;
  disliked: string | null;
  satisfaction: number | null;
  updatedAt: string;
  updatedBy: Person;
}
interface CompetenceIn {
  id: string;
  kind: PortfolioCompetenceKind;
  label: string;
  rome: { codeOgr: string; label: string | null } | null;
  level: CompetenceLevel | null;
  wantsToUse: boolean | null;
  transferable: boolean;
  origin: CompetenceOrigin;
  domainId: string | null;
  experienceIds: string[];
  updatedAt: string;
  updatedBy: Person;
}
interface DomainIn {
  id: string;
  label: string;
  macroCodeOgr: string | null;
}
interface CommentIn {
  target: { type: 'portfolio' } | { type: 'experience' | 'competence'; id: string };
  body: string;
  author: Person;
  createdAt: string;
}

/** The export's content, in the portfolio's order; labels in French beside the codes. */
export function portfolioExport(
  portfolio: { experiences: ExperienceIn[]; competences: CompetenceIn[]; domains: DomainIn[]; comments: CommentIn[] },
  context: { bilanId: string; exportedAt: string; romeCredit: string | null },
) {
  const domainLabel = new Map(portfolio.domains.map((d) => [d.id, d.label]));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: context.exportedAt,
    bilanId: context.bilanId,
    source: context.romeCredit,
    experiences: portfolio.experiences.map((e) => ({
      id: e.id,
      kind: e.kind,
      kindLabel: EXPERIENCE_KIND_LABELS[e.kind],
      title: e.title,
      romeAppellation: e.appellation,
      employerOrContext: e.employerOrContext,
      startedOn: e.startedOn,
      endedOn: e.endedOn,
      activities: e.activities,
      achievements: e.achievements,
      liked: e.liked,
      disliked: e.disliked,
      satisfaction: e.satisfaction,
      updatedAt: e.updatedAt,
      updatedBy: e.updatedBy.name,
    })),
    domains: portfolio.domains.map((d) => ({ id: d.id, label: d.label, romeMacroCompetence: d.macroCodeOgr })),
    competences: portfolio.competences.map((c) => ({
      id: c.id,
      kind: c.kind,
      kindLabel: COMPETENCE_KIND_LABELS[c.kind],
      label: c.label,
      rome: c.rome,
      level: c.level,
      levelLabel: c.level === null ? null : levelAnchor(c.level).label,
      wantsToUse: c.wantsToUse,
      transferable: c.transferable,
      origin: c.origin,
      originLabel: COMPETENCE_ORIGIN_LABELS[c.origin],
      domain: c.domainId === null ? null : (domainLabel.get(c.domainId) ?? null),
      provenBy: c.experienceIds,
      updatedAt: c.updatedAt,
      updatedBy: c.updatedBy.name,
    })),
    comments: portfolio.comments.map((m) => ({
      about: m.target,
      body: m.body,
      author: m.author.name,
      createdAt: m.createdAt,
    })),
  };
}
