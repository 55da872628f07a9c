/**
 * The query keys of accounts (decision 021): the session, the set-up state, an invitation link,
 * and the admin's team and pending invitations.
 */
export const accountKeys = {
  all: ['accounts'] as const,
  /** The signed-in person (null when signed out). */
  session: ['accounts', 'session'] as const,
  /** Whether Sillage still needs its first set-up. */
  setup: ['accounts', 'setup'] as const,
  invitation: (token: string) => ['accounts', 'invitation', token] as const,
  consultants: ['accounts', 'consultants'] as const,
  pendingInvitations: ['accounts', 'pending-invitations'] as const,
};
