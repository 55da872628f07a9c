/**
 * What should happen next on a bilan, from its facts. The UI words it for the consultant or the
 * beneficiary (contracts/labels.ts); the code here decides which step it is.
 */
import { isOpen, type Phase } from './phases.ts';

export type InvitationState = 'none' | 'pending' | 'expired' | 'revoked' | 'accepted';

export interface NextStepFacts {
  phase: Phase;
  beneficiaryActive: boolean;
  invitation: InvitationState;
  nextSeanceAt: Date | null;
}

export type NextStep =
  | { code: 'none' }
  | { code: 'await_beneficiary' }
  | { code: 'resend_invitation' }
  | { code: 'next_seance'; at: string }
  | { code: 'plan_seance' };

export function nextStep(facts: NextStepFacts): NextStep {
  if (!isOpen(facts.phase)) return { code: 'none' };
  if (!facts.beneficiaryActive) {
    return facts.invitation === 'pending' ? { code: 'await_beneficiary' } : { code: 'resend_invitation' };
  }
  if (facts.nextSeanceAt) return { code: 'next_seance', at: facts.nextSeanceAt.toISOString() };
  return { code: 'plan_seance' };
}

/** The state of a user's latest invitation at `now` (a pending one past its expiry is expired). */
export function invitationState(latest: { status: string; expiresAt: Date } | null, now: Date): InvitationState {
  if (!latest) return 'none';
  if (latest.status === 'pending') return latest.expiresAt.getTime() > now.getTime() ? 'pending' : 'expired';
  return latest.status as InvitationState;
}
