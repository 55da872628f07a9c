import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { ruleContext } from '../../shared/rules/context.ts';
import { DEFAULT_PARAMETER_TABLE } from '../../shared/parameters/default-table.ts';
import { replaceParameter } from '../../shared/parameters/table.ts';
import { checkCpfAccompanimentHours, checkCpfCarence, checkCpfPrice, cpfParticipation } from './cpf-funding.ts';

const d = parsePlainDate;
const after2026Reform = d('2026-03-02');
const before2026Reform = d('2026-02-25');
const codes = (report: { issues: { code: string }[] }) => report.issues.map((issue) => issue.code);

describe('CPF accompaniment hours (13 h to 24 h)', () => {
  const check = (minutes: number, referenceDate = after2026Reform) =>
    checkCpfAccompanimentHours({ accompanimentMinutes: minutes, referenceDate });

  it('refuses 12 h 59, accepts 13 h exactly', () => {
    expect(codes(check(13 * 60 - 1))).toEqual(['cpf_accompaniment_below_minimum']);
    expect(check(13 * 60 - 1).issues[0]?.message).toBe(
      'Un bilan financé par le CPF doit comporter au moins 13\u00A0h d’accompagnement effectif ; 12\u00A0h\u00A059 sont prévues.',
    );
    expect(check(13 * 60)).toEqual({ ok: true, issues: [] });
  });

  it('accepts 24 h exactly, refuses 24 h 01', () => {
    expect(check(24 * 60).ok).toBe(true);
    expect(codes(check(24 * 60 + 1))).toEqual(['accompaniment_above_maximum']);
  });

  it('has no minimum for orders validated before 26 February 2026, but keeps the maximum', () => {
    expect(check(10 * 60, before2026Reform).ok).toBe(true);
    expect(check(24 * 60 + 1, before2026Reform).ok).toBe(false);
    expect(check(13 * 60 - 1, d('2026-02-26')).ok).toBe(false);
  });

  it('refuses durations that are not whole minutes', () => {
    expect(codes(check(90.5))).toEqual(['invalid_minutes']);
    expect(codes(check(-1))).toEqual(['invalid_minutes']);
    expect(codes(check(Number.NaN))).toEqual(['invalid_minutes']);
  });
});

describe('CPF cap (1,600 € since 26 February 2026)', () => {
  it('does not warn at the cap, warns one cent above with the remainder', () => {
    expect(checkCpfPrice({ priceCents: 160000, referenceDate: after2026Reform })).toMatchObject({
      ok: true,
      issues: [],
      capCents: 160000,
      maxCpfCents: 160000,
      remainderCents: 0,
    });
    const above = checkCpfPrice({ priceCents: 160001, referenceDate: after2026Reform });
    expect(above).toMatchObject({ ok: true, capCents: 160000, maxCpfCents: 160000, remainderCents: 1 });
    expect(above.issues[0]).toMatchObject({ code: 'cpf_price_above_cap', severity: 'warning' });
  });

  it('shows the remainder in French', () => {
    expect(checkCpfPrice({ priceCents: 195000, referenceDate: after2026Reform }).issues[0]?.message).toBe(
      'Le prix (1\u202F950,00\u00A0€) dépasse le plafond de prise en charge du CPF pour un bilan (1\u202F600,00\u00A0€) : ' +
        '350,00\u00A0€ restent à financer par le ou la bénéficiaire ou par un cofinancement.',
    );
  });

  it('applies no cap before 26 February 2026', () => {
    expect(checkCpfPrice({ priceCents: 250000, referenceDate: before2026Reform })).toMatchObject({
      ok: true,
      issues: [],
      capCents: null,
      remainderCents: 0,
    });
  });

  it('refuses an amount that is not in whole cents', () => {
    expect(codes(checkCpfPrice({ priceCents: 1600.5, referenceDate: after2026Reform }))).toEqual(['invalid_amount']);
    expect(checkCpfPrice({ priceCents: -100, referenceDate: after2026Reform }).ok).toBe(false);
  });
});

describe('CPF participation', () => {
  it('is 100 €, 102.23 €, 103.20 € on each side of its effective dates', () => {
    const at = (date: string) => cpfParticipation({ referenceDate: d(date) }).amountCents;
    expect(at('2024-05-01')).toBe(0);
    expect(at('2024-05-02')).toBe(10000);
    expect(at('2024-12-31')).toBe(10000);
    expect(at('2025-01-01')).toBe(10223);
    expect(at('2025-12-31')).toBe(10223);
    expect(at('2026-01-01')).toBe(10320);
  });

  it('says it is due, and that the provider may not cover it', () => {
    const due = cpfParticipation({ referenceDate: after2026Reform });
    expect(due).toMatchObject({ due: true, amountCents: 10320 });
    expect(due.issue.message).toBe(
      'Participation forfaitaire à la charge du ou de la titulaire : 103,20\u00A0€. Seuls l’employeur ou un OPCO peuvent la ' +
        'payer à sa place ; l’organisme ne peut ni la rembourser ni la prendre en charge.',
    );
  });

  it('shows each exemption', () => {
    const exempt = cpfParticipation({ referenceDate: after2026Reform, exemptions: ['job_seeker'] });
    expect(exempt).toMatchObject({
      due: false,
      amountCents: 0,
      amountInForceCents: 10320,
      exemption: { code: 'job_seeker' },
    });
    expect(exempt.issue.message).toBe(
      'Pas de participation forfaitaire (103,20\u00A0€) : Titulaire demandeur ou demandeuse d’emploi.',
    );
    for (const code of ['employer_cofunding', 'c2p_points', 'at_mp_abondement', 'elected_official_dife'] as const) {
      expect(cpfParticipation({ referenceDate: after2026Reform, exemptions: [code] }).exemption?.code).toBe(code);
    }
  });

  it('was not due before 2 May 2024', () => {
    const before = cpfParticipation({ referenceDate: d('2024-05-01') });
    expect(before).toMatchObject({ due: false, amountCents: 0 });
    expect(before.issue.message).toBe(
      'Aucune participation forfaitaire n’était due pour une commande validée avant le 2 mai 2024.',
    );
  });

  it('reads an injected table (e.g. a future 150 €)', () => {
    const table = replaceParameter(DEFAULT_PARAMETER_TABLE, 'cpf.participationCents', [
      { value: 15000, effectiveFrom: d('2024-05-02'), source: 'test', certainty: 'U' },
    ]);
    expect(cpfParticipation({ referenceDate: after2026Reform }, ruleContext({ parameters: table })).amountCents).toBe(
      15000,
    );
  });
});

describe('CPF waiting period (5 years, self-declared)', () => {
  const previous = { declared: 'yes' as const, on: d('2021-03-01') };

  it('warns until the 5th anniversary, not on it', () => {
    expect(codes(checkCpfCarence({ referenceDate: d('2026-02-28'), previous }))).toEqual(['cpf_carence_possible']);
    expect(checkCpfCarence({ referenceDate: d('2026-03-01'), previous })).toEqual({ ok: true, issues: [] });
  });

  it('never blocks, and names the date', () => {
    const report = checkCpfCarence({ referenceDate: d('2026-02-28'), previous });
    expect(report.ok).toBe(true);
    expect(report.issues[0]?.message).toBe(
      'Un bilan financé sur fonds publics ou mutualisés a été déclaré le 1er mars 2021, il y a moins de 5 ans : ' +
        'le CPF pourrait refuser de financer un nouveau bilan avant le 1er mars 2026. Mon Compte Formation vérifie lui-même l’éligibilité.',
    );
  });

  it('warns on a "yes" without a date, stays silent on "none" and before the 2026 rules', () => {
    expect(codes(checkCpfCarence({ referenceDate: after2026Reform, previous: { declared: 'yes' } }))).toEqual([
      'cpf_carence_possible',
    ]);
    expect(checkCpfCarence({ referenceDate: after2026Reform, previous: { declared: 'none' } }).issues).toEqual([]);
    expect(
      checkCpfCarence({ referenceDate: before2026Reform, previous: { declared: 'yes', on: d('2025-01-01') } }).issues,
    ).toEqual([]);
  });
});
