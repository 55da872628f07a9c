import { describe, expect, it } from 'vitest';
import {
  LEAD_STATUSES,
  isLeadOpen,
  leadTransition,
  manualLeadEvents,
  type LeadEvent,
  type LeadStatus,
} from './status.ts';

const to = (from: LeadStatus, event: LeadEvent) => {
  const result = leadTransition(from, event);
  return result.ok ? result.to : null;
};

describe('lead status machine', () => {
  it('walks the happy path from a new request to a bilan', () => {
    expect(to('new', { type: 'mark_contacted' })).toBe('contacted');
    expect(to('contacted', { type: 'plan_interview' })).toBe('interview_planned');
    expect(to('interview_planned', { type: 'plan_interview' })).toBe('interview_planned');
    expect(to('interview_planned', { type: 'record_interview', outcome: 'bilan' })).toBe('interview_done');
    expect(to('interview_done', { type: 'convert', outcome: 'bilan' })).toBe('converted');
  });

  it('records a redirection as its own status, and lets it be reopened', () => {
    expect(to('interview_planned', { type: 'record_interview', outcome: 'redirect' })).toBe('redirected');
    expect(to('interview_done', { type: 'record_interview', outcome: 'redirect' })).toBe('redirected');
    expect(to('redirected', { type: 'reopen' })).toBe('contacted');
  });

  it('plans an interview straight from a new request', () => {
    expect(to('new', { type: 'plan_interview' })).toBe('interview_planned');
  });

  it('refuses to convert before the interview or when it concluded otherwise', () => {
    for (const from of ['new', 'contacted', 'interview_planned', 'redirected', 'closed'] as const) {
      const result = leadTransition(from, { type: 'convert', outcome: 'bilan' });
      expect(result.ok).toBe(false);
    }
    const redirect = leadTransition('interview_done', { type: 'convert', outcome: 'redirect' });
    expect(redirect).toEqual({
      ok: false,
      message: 'L’entretien préalable n’a pas conclu qu’un bilan de compétences est adapté.',
    });
  });

  it('refuses to record an interview that was never planned', () => {
    expect(leadTransition('new', { type: 'record_interview', outcome: 'bilan' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('Planifiez d’abord'),
    });
    expect(leadTransition('contacted', { type: 'record_interview', outcome: 'bilan' }).ok).toBe(false);
  });

  it('freezes a converted lead', () => {
    for (const type of ['mark_contacted', 'plan_interview', 'close', 'reopen'] as const) {
      expect(leadTransition('converted', { type })).toMatchObject({ ok: false });
    }
    expect(manualLeadEvents('converted')).toEqual([]);
  });

  it('closes only open leads and reopens only finished ones', () => {
    for (const status of LEAD_STATUSES) {
      expect(leadTransition(status, { type: 'close' }).ok).toBe(isLeadOpen(status));
    }
    expect(to('closed', { type: 'reopen' })).toBe('contacted');
    expect(leadTransition('contacted', { type: 'reopen' }).ok).toBe(false);
    expect(leadTransition('contacted', { type: 'mark_contacted' }).ok).toBe(false);
  });

  it('offers the manual actions that are allowed', () => {
    expect(manualLeadEvents('new')).toEqual(['mark_contacted', 'close']);
    expect(manualLeadEvents('interview_done')).toEqual(['close']);
    expect(manualLeadEvents('closed')).toEqual(['reopen']);
  });
});
