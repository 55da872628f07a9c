import { z } from 'zod';
import { emailField, loginPassword, newPassword, organisationName, personName } from '../../shared/fields.ts';
import type { Role } from '../domain/users.ts';

export const SetupInputSchema = z.object({
  organisationName,
  firstName: personName('prénom'),
  lastName: personName('nom'),
  email: emailField,
  password: newPassword,
});
export type SetupInput = z.infer<typeof SetupInputSchema>;

export const LoginInputSchema = z.object({ email: emailField, password: loginPassword });
export type LoginInput = z.infer<typeof LoginInputSchema>;

export const PasswordResetRequestSchema = z.object({ email: emailField });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;

export const PasswordResetConfirmSchema = z.object({
  token: z.string().min(1, 'Le lien de réinitialisation est incomplet.').max(200),
  password: newPassword,
});
export type PasswordResetConfirm = z.infer<typeof PasswordResetConfirmSchema>;

export const AcceptInvitationSchema = z.object({ password: newPassword });
export type AcceptInvitation = z.infer<typeof AcceptInvitationSchema>;

export const InvitePersonSchema = z.object({
  firstName: personName('prénom'),
  lastName: personName('nom'),
  email: emailField,
});
export type InvitePerson = z.infer<typeof InvitePersonSchema>;

/** What the SPA knows about the signed-in person. */
export interface SessionUser {
  id: string;
  role: Role;
  firstName: string;
  lastName: string;
  email: string;
  organisation: { id: string; name: string };
}

/** Admin views (administrative data only). */
export interface ConsultantView {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  status: 'invited' | 'active' | 'disabled';
  openBilans: number;
  invitation: { id: string; state: 'pending' | 'expired' | 'revoked' | 'accepted' | 'none'; expiresAt: string | null };
}

export interface PendingInvitationView {
  id: string;
  role: Role;
  firstName: string;
  lastName: string;
  email: string;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
}

export interface OutboxMessageView {
  id: string;
  kind: string;
  to: string;
  subject: string;
  createdAt: string;
  status: 'pending' | 'sent' | 'failed';
  sentAt: string | null;
  lastError: string | null;
  /** Null when the body is withheld (password-reset links are never shown to admins). */
  text: string | null;
  /** File names of the attachments (e.g. a calendar invitation). */
  attachments: string[];
}

export interface OutboxPage {
  delivery: 'smtp' | 'outbox';
  messages: OutboxMessageView[];
  nextCursor: string | null;
}

export interface AuditEventView {
  id: number;
  at: string;
  actor: string | null;
  actorRole: Role | null;
  action: string;
  subject: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

export interface AuditPage {
  events: AuditEventView[];
  nextCursor: string | null;
}
