/**
 * The people of an organisation: their roles, and the states of their account and invitations.
 * The single source of these values: the database's CHECK constraints are tested against them.
 */
export const ROLES = ['admin', 'consultant', 'beneficiary'] as const;
export type Role = (typeof ROLES)[number];

export const USER_STATUSES = ['invited', 'active', 'disabled'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const INVITATION_STATUSES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
