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

/** An invitation as its link shows it, before the account exists. */
export interface InvitationView {
  organisationName: string;
  role: Role;
  firstName: string;
  lastName: string;
  email: string;
  inviterName: string;
  expiresAt: string;
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
