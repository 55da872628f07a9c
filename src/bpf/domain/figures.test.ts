import { describe, expect, it } from 'vitest';
import {
  computeBpf,
  revenueShareCents,
  totalsAgree,
  type BilanFact,
  type BpfFacts,
  type SeanceFact,
} from './figures.ts';
import { fiscalYear, fiscalYearOf, inFiscalYear } from './fiscal-year.ts';
import { PAYER_LINE_OF } from './payer-lines.ts';
import { defaultCategory } from './categories.ts';
import { bpfCsv } from './export.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { dueReminder, dueStages } from './reminder.ts';

const bilan = (id: string, over: Partial<BilanFact> = {}): BilanFact => ({
  id,
  beneficiaryId: `p-${id}`,
  beneficiaryName: `Personne ${id}`,
  phase: 'cloture',
  financing: 'self_funded',
  category: 'particulier',
  createdAt: new Date('2025-01-01T00:00:00Z'),
  plannedMinutes: 600,
  financingStatus: 'paid',
  priceCents: 120_000,
  ...over,
});
const seance = (bilanId: string, at: string, minutes: number, over: Partial<SeanceFact> = {}): SeanceFact => ({
  bilanId,
  consultantId: 'c1',
  startedAt: new Date(at),
  minutes,
  signedByBoth: true,
  ...over,
});
const facts = (bilans: BilanFact[], seances: SeanceFact[]): BpfFacts => ({
  bilans,
  seances,
  consultants: [
    { id: 'c1', name: 'Claire Interne', external: false },
    { id: 'c2', name: 'Éric Externe', external: true },
  ],
  vat: { regime: 'exempt', rateBasisPoints: null },
});

describe('the financial year in France', () => {
  it('puts a séance at 31 December 23:30 Paris in that year, and 1 January 00:30 Paris in the next', () => {
    const y2025 = fiscalYear(2025);
    expect(y2025).toEqual({ year: 2025, from: '2025-01-01', to: '2025-12-31' });
    // 23:30 Paris in winter is 22:30 UTC.
    expect(inFiscalYear(new Date('2025-12-31T22:30:00Z'), y2025)).toBe(true);
    // 00:30 Paris on 1 January is still 31 December 23:30 in UTC.
    expect(inFiscalYear(new Date('2025-12-31T23:30:00Z'), y2025)).toBe(false);
    expect(inFiscalYear(new Date('2025-12-31T23:30:00Z'), fiscalYear(2026))).toBe(true);
    // 1 January 00:30 Paris starts 2025 (31 December 2024 at 23:30 UTC).
    expect(inFiscalYear(new Date('2024-12-31T23:30:00Z'), y2025)).toBe(true);
  });

  it('supports a financial year starting another month', () => {
    expect(fiscalYear(2025, 7)).toEqual({ year: 2025, from: '2025-07-01', to: '2026-06-30' });
    expect(fiscalYearOf(parsePlainDate('2026-03-01'), 7)).toBe(2025);
    expect(fiscalYearOf(parsePlainDate('2026-03-01'))).toBe(2026);
  });
});

describe('the mappings', () => {
  it('maps every financing to a frame C line', () => {
    expect(PAYER_LINE_OF).toEqual({
      employer_plan: '1',
      transitions_pro: '2.d',
      cpf: '2.e',
      opco: '2.h',
      public_agent: '3',
      france_travail: '7',
      self_funded: '9',
    });
  });

  it('pre-fills the category from the financing, but not for the CPF', () => {
    expect(defaultCategory('france_travail')).toBe('demandeur_emploi');
    expect(defaultCategory('self_funded')).toBe('particulier');
    expect(defaultCategory('employer_plan')).toBe('salarie_prive');
    expect(defaultCategory('public_agent')).toBe('autre');
    expect(defaultCategory('cpf')).toBeNull();
  });

  it('flags a financing without a line instead of counting it', () => {
    const odd = bilan('x', { financing: 'mystery' as never });
    const f = computeBpf(fiscalYear(2025), facts([odd], [seance('x', '2025-03-01T09:00:00Z', 120)]));
    expect(f.frameC.totalCents).toBe(0);
    expect(f.gaps.revenue).toEqual([
      { bilanId: 'x', beneficiaryName: 'Personne x', financing: 'mystery', reason: 'no_line' },
    ]);
  });
});

describe('the figures', () => {
  it('spreads the price by hours and counts hours only in their year', () => {
    // b1: 600 min sold, 1 200 € ; 120 min in 2025 and 360 in 2026, completed (denominator 480 done).
    // 2025: 120000 × 120 / 480 = 30000 cents ; 2026: 120000 × 360 / 480 = 90000 cents.
    const b1 = bilan('b1');
    const seances = [seance('b1', '2025-12-31T22:30:00Z', 120), seance('b1', '2026-01-10T09:00:00Z', 360)];
    const f2025 = computeBpf(fiscalYear(2025), facts([b1], seances));
    const f2026 = computeBpf(fiscalYear(2026), facts([b1], seances));
    expect(f2025.frameC.lines.find((l) => l.line === '9')!.amountCents).toBe(30_000);
    expect(f2026.frameC.lines.find((l) => l.line === '9')!.amountCents).toBe(90_000);
    expect(f2025.frameF3e).toEqual({ trainees: 1, minutes: 120 });
    expect(f2026.frameF3e).toEqual({ trainees: 1, minutes: 360 });
  });

  it('counts only what was done for an abandoned bilan (the larger of sold and done)', () => {
    expect(revenueShareCents({ phase: 'abandonne', plannedMinutes: 600, priceCents: 120_000 }, 120, 120)).toBe(24_000);
    expect(revenueShareCents({ phase: 'cloture', plannedMinutes: 600, priceCents: 120_000 }, 120, 120)).toBe(120_000);
  });

  it('ignores unsigned séances, takes off the VAT when charged and counts a beneficiary once', () => {
    const b1 = bilan('b1', { financing: 'opco', category: 'salarie_prive', priceCents: 240_000 });
    // Same person, a second (later) bilan the same year: counts once, under the later category.
    const b2 = bilan('b2', {
      beneficiaryId: 'p-b1',
      createdAt: new Date('2025-06-01T00:00:00Z'),
      category: 'demandeur_emploi',
      financing: 'france_travail',
      priceCents: null,
    });
    const f = computeBpf(fiscalYear(2025), {
      ...facts(
        [b1, b2],
        [
          seance('b1', '2025-02-01T09:00:00Z', 600),
          seance('b1', '2025-02-08T09:00:00Z', 60, { signedByBoth: false }),
          seance('b2', '2025-07-01T09:00:00Z', 90, { consultantId: 'c2' }),
        ],
      ),
      vat: { regime: 'subject', rateBasisPoints: 2000 },
    });
    // 240 000 TTC / 1,2 = 200 000 HT.
    expect(f.frameC.lines.find((l) => l.line === '2.h')!.amountCents).toBe(200_000);
    expect(f.gaps.revenue.map((g) => [g.bilanId, g.reason])).toEqual([['b2', 'price_missing']]);
    expect(f.frameF1.lines.find((l) => l.category === 'demandeur_emploi')).toEqual({
      category: 'demandeur_emploi',
      trainees: 1,
      minutes: 690,
    });
    expect(f.frameF3e).toEqual({ trainees: 1, minutes: 690 });
    expect(f.frameE.internal).toEqual({ people: 1, minutes: 600 });
    expect(f.frameE.external).toEqual({ people: 1, minutes: 90 });
    expect(f.consistent).toBe(true);
  });

  it('breaks the consistency check when a trainee has no category', () => {
    const f = computeBpf(
      fiscalYear(2025),
      facts([bilan('b1', { category: null, financing: 'cpf' })], [seance('b1', '2025-02-01T09:00:00Z', 60)]),
    );
    expect(f.frameF1.missing).toEqual({ trainees: 1, minutes: 60 });
    expect(f.frameF1.total).toEqual({ trainees: 0, minutes: 0 });
    expect(f.consistent).toBe(false);
    expect(f.gaps.missingCategory.map((g) => g.bilanId)).toEqual(['b1']);
    expect(totalsAgree({ trainees: 1, minutes: 60 }, { trainees: 1, minutes: 60 }, { trainees: 1, minutes: 61 })).toBe(
      false,
    );
  });
});

describe('the CSV', () => {
  it('is UTF-8 with a BOM, `;`-separated, with French decimal commas', () => {
    const f = computeBpf(
      fiscalYear(2025),
      facts([bilan('b1', { priceCents: 123_456 })], [seance('b1', '2025-02-01T09:00:00Z', 600)]),
    );
    const csv = bpfCsv(f, { name: 'Cap; Avenir', ndaNumber: '11 75 12345 75', siret: null });
    expect(csv.startsWith('\uFEFFBilan pédagogique et financier 2025;"Cap; Avenir";NDA 11 75 12345 75\r\n')).toBe(true);
    expect(csv).toContain('\r\nCadre;Ligne;Libellé;Stagiaires ou personnes;Heures;Montant HT (€)\r\n');
    expect(csv).toContain('\r\nC;9;Personnes individuelles, à leurs propres frais;;;1234,56\r\n');
    expect(csv).toContain('\r\nF-1;d;Particuliers à leurs propres frais;1;10,00;\r\n');
    expect(csv).toContain('\r\nF-3;e;Bilans de compétences;1;10,00;\r\n');
    expect(csv).toContain('\r\nF-4;415;');
  });
});

describe('the reminder', () => {
  const d = parsePlainDate;
  const org = { organisationCreatedOn: d('2024-05-01'), filedYears: [] as number[] };
  it('starts on 1 April for the previous year, until it is filed', () => {
    expect(dueReminder(d('2026-03-31'), org)).toBeNull();
    expect(dueReminder(d('2026-04-01'), org)).toEqual({ year: 2025, deadline: '2026-05-31', overdue: false });
    expect(dueReminder(d('2026-06-01'), org)?.overdue).toBe(true);
    expect(dueReminder(d('2026-04-01'), { ...org, filedYears: [2025] })).toBeNull();
    expect(dueReminder(d('2026-04-01'), { ...org, organisationCreatedOn: d('2026-01-05') })).toBeNull();
  });
  it('asks for the April e-mail from 1 April and the May one after 15 May', () => {
    expect(dueStages(d('2026-03-31'))).toEqual([]);
    expect(dueStages(d('2026-04-01'))).toEqual(['april']);
    expect(dueStages(d('2026-05-15'))).toEqual(['april']);
    expect(dueStages(d('2026-05-16'))).toEqual(['april', 'may']);
  });
});
