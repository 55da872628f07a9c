/**
 * The audit events of the portfolio: destructions, comments and exports (never content). Saves
 * are not audited one by one: each item records who changed it last and when, and only the
 * bilan's beneficiary and consultant reach it (decision 038). Gathered in
 * `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const PORTFOLIO_AUDIT_EVENTS = [
  z.object({
    action: z.literal('portfolio.experience_deleted'),
    subjectType: z.literal('portfolio_experience'),
    subjectId: uuid,
    details: z.object({ comments: z.number(), evidence: z.number() }),
  }),
  z.object({
    action: z.literal('portfolio.competence_deleted'),
    subjectType: z.literal('portfolio_competence'),
    subjectId: uuid,
    details: z.object({ comments: z.number(), evidence: z.number() }),
  }),
  z.object({
    action: z.literal('portfolio.domain_deleted'),
    subjectType: z.literal('portfolio_domain'),
    subjectId: uuid,
    details: z.object({ competences: z.number() }),
  }),
  z.object({
    action: z.literal('portfolio.commented'),
    subjectType: z.literal('portfolio_comment'),
    subjectId: uuid,
    details: z.object({ target: z.enum(['portfolio', 'experience', 'competence']) }),
  }),
  z.object({
    action: z.literal('portfolio.exported'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ experiences: z.number(), competences: z.number() }),
  }),
  z.object({
    action: z.literal('portfolio.printed'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ experiences: z.number(), competences: z.number() }),
  }),
  z.object({
    action: z.literal('portfolio.worksheet_imported'),
    subjectType: z.literal('bilan'),
    subjectId: uuid,
    details: z.object({ experiences: z.number() }),
  }),
] as const;

export const PORTFOLIO_AUDIT_LABELS = auditLabels(PORTFOLIO_AUDIT_EVENTS, {
  'portfolio.experience_deleted': 'Expérience du portefeuille supprimée',
  'portfolio.competence_deleted': 'Compétence du portefeuille supprimée',
  'portfolio.domain_deleted': 'Domaine de compétences supprimé',
  'portfolio.commented': 'Commentaire sur le portefeuille',
  'portfolio.exported': 'Portefeuille exporté (JSON)',
  'portfolio.printed': 'Portefeuille exporté (PDF)',
  'portfolio.worksheet_imported': 'Périodes du cahier « histoire professionnelle » importées dans le parcours',
});
