/**
 * The audit events of this capability: their shape (never content) and their French label in the
 * admin's journal. Gathered in `audit/contracts/event-catalogue.ts`.
 */
import { z } from 'zod';
import { auditLabels } from '../../shared/audit-event.ts';

const uuid = z.uuid();

export const ACCOUNTS_AUDIT_EVENTS = [
  z.object({
    action: z.literal('organisation.created'),
    subjectType: z.literal('organisation'),
    subjectId: uuid,
    details: z.object({ name: z.string() }),
  }),
  z.object({
    action: z.literal('auth.login_succeeded'),
    subjectType: z.literal('user'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('auth.login_failed'),
    subjectType: z.literal('user').nullable(),
    subjectId: uuid.nullable(),
    details: z.object({ reason: z.enum(['wrong_password', 'unknown_account', 'inactive_account']) }),
  }),
  z.object({
    action: z.literal('auth.login_blocked'),
    subjectType: z.literal('user').nullable(),
    subjectId: uuid.nullable(),
    details: z.object({ scope: z.enum(['account', 'account_ip', 'ip']) }),
  }),
  z.object({
    action: z.literal('auth.logged_out'),
    subjectType: z.literal('user'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('auth.password_reset_requested'),
    subjectType: z.literal('user'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('auth.password_reset'),
    subjectType: z.literal('user'),
    subjectId: uuid,
    details: z.object({}),
  }),
  z.object({
    action: z.literal('invitation.created'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ role: z.string(), email: z.string() }),
  }),
  z.object({
    action: z.literal('invitation.resent'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ email: z.string() }),
  }),
  z.object({
    action: z.literal('invitation.revoked'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ email: z.string() }),
  }),
  z.object({
    action: z.literal('invitation.accepted'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ role: z.string(), email: z.string() }),
  }),
  z.object({
    action: z.literal('invitation.expired'),
    subjectType: z.literal('invitation'),
    subjectId: uuid,
    details: z.object({ email: z.string() }),
  }),
] as const;

export const ACCOUNTS_AUDIT_LABELS = auditLabels(ACCOUNTS_AUDIT_EVENTS, {
  'organisation.created': 'Organisme créé',
  'auth.login_succeeded': 'Connexion',
  'auth.login_failed': 'Échec de connexion',
  'auth.login_blocked': 'Connexion bloquée (trop de tentatives)',
  'auth.logged_out': 'Déconnexion',
  'auth.password_reset_requested': 'Demande de réinitialisation du mot de passe',
  'auth.password_reset': 'Mot de passe réinitialisé',
  'invitation.created': 'Invitation envoyée',
  'invitation.resent': 'Invitation renvoyée',
  'invitation.revoked': 'Invitation annulée',
  'invitation.accepted': 'Invitation acceptée',
  'invitation.expired': 'Invitation expirée',
});
