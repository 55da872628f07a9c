import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import {
  checkConventionSignature,
  checkEmployerIsNotProvider,
  conventionSignatureDeadline,
  conventionStatusAt,
  sirenOf,
} from './employer-plan.ts';

const d = parsePlainDate;
const sentOn = d('2026-05-04');

describe('tripartite convention: 10 days to sign, silence means refusal', () => {
  it('ends on day 10 after sending', () => {
    expect(conventionSignatureDeadline(sentOn)).toBe('2026-05-14');
  });

  it('accepts a signature on day 10, refuses it on day 11', () => {
    expect(checkConventionSignature({ sentOn, signedOn: d('2026-05-14') })).toEqual({ ok: true, issues: [] });
    const late = checkConventionSignature({ sentOn, signedOn: d('2026-05-15') });
    expect(late.ok).toBe(false);
    expect(late.issues[0]?.code).toBe('convention_signature_deadline_passed');
    expect(late.issues[0]?.message).toBe(
      'Le délai de signature de la convention a pris fin le 14 mai 2026 : sans signature dans ce délai, la convention est ' +
        'réputée refusée. Ce refus ne constitue ni une faute ni un motif de licenciement. Une nouvelle convention peut être proposée.',
    );
  });

  it('refuses a signature dated before sending', () => {
    expect(checkConventionSignature({ sentOn, signedOn: d('2026-05-03') }).issues[0]?.code).toBe(
      'convention_signed_before_sending',
    );
  });

  it('is awaiting until day 10 included, refused by silence from day 11', () => {
    expect(conventionStatusAt({ sentOn }, d('2026-05-04'))).toMatchObject({
      status: 'awaiting_signature',
      daysLeft: 11,
    });
    expect(conventionStatusAt({ sentOn }, d('2026-05-14'))).toMatchObject({
      status: 'awaiting_signature',
      daysLeft: 1,
    });
    const silent = conventionStatusAt({ sentOn }, d('2026-05-15'));
    expect(silent.status).toBe('refused_by_silence');
    expect(silent.issue?.message).toContain('Ce refus ne constitue ni une faute ni un motif de licenciement.');
  });

  it('reflects a signature or an explicit refusal only from their date', () => {
    const signed = { sentOn, employeeSignedOn: d('2026-05-10') };
    expect(conventionStatusAt(signed, d('2026-05-09')).status).toBe('awaiting_signature');
    expect(conventionStatusAt(signed, d('2026-05-10')).status).toBe('signed');
    expect(conventionStatusAt(signed, d('2027-01-01')).status).toBe('signed');
    expect(conventionStatusAt({ sentOn, employeeRefusedOn: d('2026-05-06') }, d('2026-05-07')).status).toBe('refused');
    expect(conventionStatusAt({ sentOn, employeeSignedOn: d('2026-05-15') }, d('2026-05-20')).status).toBe(
      'refused_by_silence',
    );
  });
});

describe('the employer is not the provider', () => {
  it('compares SIRENs from SIREN or SIRET', () => {
    expect(sirenOf('732 829 320 00074')).toBe('732829320');
    expect(sirenOf('732829320')).toBe('732829320');
    expect(sirenOf('73282932')).toBeNull();
    expect(checkEmployerIsNotProvider({ employerSiret: '73282932000074', providerSiret: '552 100 554 00010' }).ok).toBe(
      true,
    );
    const same = checkEmployerIsNotProvider({ employerSiret: '73282932000074', providerSiret: '732829320 00082' });
    expect(same.issues.map((issue) => issue.code)).toEqual(['employer_is_provider']);
    expect(checkEmployerIsNotProvider({ employerSiret: 'abc', providerSiret: '552100554' }).issues[0]?.code).toBe(
      'invalid_siren',
    );
  });
});
