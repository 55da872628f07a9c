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

/**
 * The operator's command creating another organisation (`npm run org:create`): its name and its
 * first admin, who is invited and chooses their password through the link (decision 027).
 */
export const CreateOrganisationSchema = z.object({
  organisationName,
  firstName: personName('prénom'),
  lastName: personName('nom'),
  email: emailField,
});
export type CreateOrganisationInput = z.infer<typeof CreateOrganisationSchema>;

/** The same command with `--new-link`: a fresh link for a first admin who has not activated their account. */
export const RenewAdminInvitationSchema = z.object({ organisationName, email: emailField });
export type RenewAdminInvitationInput = z.infer<typeof RenewAdminInvitationSchema>;

/**
 * Sign-in. `organisationId` is sent only on the second step, when the e-mail and password opened
 * the accounts of several organisations and the person chose one (decision 027).
 */
export const LoginInputSchema = z.object({
  email: emailField,
  password: loginPassword,
  organisationId: z.uuid({ error: 'Choisissez un organisme dans la liste.' }).optional(),
});
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
  /** Its organisation, with its brand: the logo's address and the accent colour (decision 036). */
  organisation: { id: string; name: string; logoUrl: string | null; accentColour: string | null };
}

/** An organisation offered after a sign-in whose password opened several accounts. */
export interface OrganisationChoice {
  id: string;
  name: string;
}

/**
 * The answer to a sign-in: the person is signed in, or (only when the password opened accounts in
 * several organisations) asked to choose one, among those whose password matched.
 */
export type LoginResult = { user: SessionUser } | { user: null; organisations: OrganisationChoice[] };

/** An invitation as its link shows it, before the account exists. */
export interface InvitationView {
  organisationName: string;
  role: Role;
  firstName: string;
  lastName: string;
  email: string;
  /** Null for the first admin of an organisation created by the operator's command. */
  inviterName: string | null;
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
  /** Null for the first admin of an organisation created by the operator's command. */
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
  /** Cancelled by an admin: it can still be sent again (« Renvoyer »). */
  cancelled: boolean;
}
