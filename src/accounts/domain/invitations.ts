/**
 * Whether an invitation's link may still be used: not accepted, revoked or expired.
 */
import { AppError } from '../../shared/errors.ts';

export function assertInvitationUsable(invitation: { status: string; expires_at: Date }, now: Date): void {
  if (invitation.status === 'accepted') throw new AppError('invitation_used');
  if (invitation.status === 'revoked') throw new AppError('invitation_revoked');
  if (invitation.status === 'expired' || invitation.expires_at.getTime() <= now.getTime())
    throw new AppError('invitation_expired');
}
