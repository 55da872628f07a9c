import { describe, expect, it } from 'vitest';
import { invitationState, nextStep } from './next-step.ts';

const now = new Date('2026-11-23T10:00:00Z');

describe('next step of a bilan', () => {
  it('waits for the beneficiary while the invitation is valid, asks to resend once it is not', () => {
    expect(
      nextStep({ phase: 'preliminaire', beneficiaryActive: false, invitation: 'pending', nextSeanceAt: null }),
    ).toEqual({ code: 'await_beneficiary' });
    expect(
      nextStep({ phase: 'preliminaire', beneficiaryActive: false, invitation: 'expired', nextSeanceAt: null }),
    ).toEqual({ code: 'resend_invitation' });
    expect(
      nextStep({ phase: 'preliminaire', beneficiaryActive: false, invitation: 'revoked', nextSeanceAt: null }),
    ).toEqual({ code: 'resend_invitation' });
  });
  it('points to the next séance, or asks to plan one', () => {
    const at = new Date('2026-11-30T09:00:00Z');
    expect(
      nextStep({ phase: 'investigation', beneficiaryActive: true, invitation: 'accepted', nextSeanceAt: at }),
    ).toEqual({ code: 'next_seance', at: at.toISOString() });
    expect(
      nextStep({ phase: 'investigation', beneficiaryActive: true, invitation: 'accepted', nextSeanceAt: null }),
    ).toEqual({ code: 'plan_seance' });
  });
  it('has nothing to do on a closed or abandoned bilan', () => {
    expect(nextStep({ phase: 'cloture', beneficiaryActive: true, invitation: 'accepted', nextSeanceAt: null })).toEqual(
      { code: 'none' },
    );
    expect(
      nextStep({ phase: 'abandonne', beneficiaryActive: false, invitation: 'pending', nextSeanceAt: null }),
    ).toEqual({ code: 'none' });
  });
  it('treats a pending invitation past its expiry as expired', () => {
    expect(invitationState({ status: 'pending', expiresAt: new Date('2026-11-23T10:00:01Z') }, now)).toBe('pending');
    expect(invitationState({ status: 'pending', expiresAt: now }, now)).toBe('expired');
    expect(invitationState(null, now)).toBe('none');
  });
});
