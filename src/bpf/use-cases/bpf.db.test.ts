/**
 * The BPF of a seeded year, worked out by hand (decision 051). Organisation A, financial year 2025
 * (calendar), VAT exempt (amounts HT = TTC). Claire is internal; Xavier is external for 2025.
 *
 * | bilan | financing (line)      | category          | phase       | sold  | price    | séances counted in 2025 (led by)                      |
 * |-------|-----------------------|-------------------|-------------|-------|----------|--------------------------------------------------------|
 * | B1    | CPF (2.e)             | a salarié privé   | clôture     | 1440  | 1 800 €  | 3 × 120 = 360 (Claire); + 120 held unsigned and 180     |
 * |       |                       |                   |             |       |          |   of personal work, not counted                          |
 * | B2    | employeur (1)         | a salarié privé   | clôture     | 1200  | 2 400 €  | 120 on 10 Dec + 60 on 31 Dec at 23:30 Paris = 180       |
 * |       |                       |                   |             |       |          |   (Xavier); 240 on 15 Jan 2026 (next year)               |
 * | B3    | France Travail (7)    | c demandeur       | abandonné   | 1200  | 1 500 €  | 2 × 90 = 180 (Claire); + 120 cancelled, not counted     |
 * | B4    | personnel (9)         | d particulier     | conclusion  | 1080  | 1 200 €  | planned 120, actually 10:00–12:30 = 150 (Claire)        |
 * | B5    | OPCO (2.h)            | none (old bilan)  | investig.   | 1200  | none     | 60 (Claire)                                             |
 * | B6    | CPF                   | c demandeur       | clôture     | 1200  | 1 000 €  | none: 300 in June 2024, 60 on 1 Jan 2026 at 00:30 Paris |
 * | BB    | other organisation    |                   |             |       |          | 600 (never counted for A)                               |
 *
 * Hours 2025 = 360 + 180 + 180 + 150 + 60 = 930 min (15,50 h), 5 trainees.
 * F-1: a = B1 + B2 = 2 trainees, 360 + 180 = 540; c = B3 1, 180; d = B4 1, 150; unknown = B5 1, 60;
 *      total a–e = 4 trainees, 870 ≠ F-3 (5, 930): inconsistent until B5 gets a category.
 *      After B5 → a: a = 3 trainees, 600; total 5, 930 = F-3 = F-4.
 * E: internal Claire 360 + 180 + 150 + 60 = 750 (1 person); external Xavier 180 (1 person).
 * C (price × hours of the year ÷ denominator; denominator = hours done in all for a completed
 *    bilan, else max(sold, done)):
 *    B1 (2.e): 180 000 × 360 / 360 = 180 000 cents
 *    B2 (1):   240 000 × 180 / 420 (= 180 + 240) = 102 857,14 → 102 857 cents
 *    B3 (7):   150 000 × 180 / max(1200, 180) = 22 500 cents
 *    B4 (9):   120 000 × 150 / max(1080, 150) = 16 666,67 → 16 667 cents
 *    B5 (2.h): no price → gap « price_missing », 0
 *    total = 180 000 + 102 857 + 22 500 + 16 667 = 322 024 cents = 3 220,24 €
 * 2026 (preview): B2 240 + B6 60 = 300 min, 2 trainees; line 1 = 240 000 × 240 / 420 = 137 142,86
 *    → 137 143 (and 102 857 + 137 143 = 240 000: the whole price over the two years).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { PDFTOTEXT_MISSING, pdfText } from '../../../tests/support/pdf-text.ts';
import { getBpfFigures } from './get-bpf-figures.ts';
import { recordBpfFiling } from './record-bpf-filing.ts';
import { setBeneficiaryCategory } from './set-beneficiary-category.ts';
import { setConsultantStatus } from './set-consultant-status.ts';
import { exportBpfCsv } from './export-bpf-csv.ts';
import { exportBpfPdf } from './export-bpf-pdf.ts';
import { sweepBpfReminders } from './sweep-bpf-reminders.ts';
import { getBpfReminder } from './get-bpf-reminder.ts';
import { AppError } from '../../shared/errors.ts';
import type { Financing } from '../../financing/domain/catalog.ts';
import type { BeneficiaryCategory } from '../domain/categories.ts';
import type { Phase } from '../../bilans/domain/phases.ts';

let deps: TestDeps;
let A: TestOrganisation;
let B: TestOrganisation;
let xavier: TestUser;
const ids: Record<string, string> = {};

async function bilanOf(
  org: TestOrganisation,
  name: string,
  values: {
    financing: Financing;
    category: BeneficiaryCategory | null;
    phase: Phase;
    sold: number;
    price: number | null;
    status?: string;
  },
  consultant?: TestUser,
) {
  const person = await createUser(deps, org.id, 'beneficiary', name);
  const id = await insertBilan(deps, org, person, {
    financing: values.financing,
    beneficiary_category: values.category,
    phase: values.phase,
    planned_accompaniment_minutes: values.sold,
    ...(consultant ? { consultant_id: consultant.id } : {}),
  });
  if (values.price !== null)
    await deps.db
      .insertInto('bilan_financings')
      .values({ bilan_id: id, organisation_id: org.id, status: values.status ?? 'paid', price_cents: values.price })
      .execute();
  return id;
}

async function seance(
  org: TestOrganisation,
  bilanId: string,
  startUtc: string,
  minutes: number,
  options: {
    by?: TestUser;
    signed?: boolean;
    status?: 'held' | 'cancelled';
    personalWork?: boolean;
    actualMinutes?: number;
  } = {},
) {
  const start = new Date(startUtc);
  const end = new Date(start.getTime() + minutes * 60_000);
  const signedAt = options.signed === false ? null : end;
  await deps.db
    .insertInto('seances')
    .values({
      organisation_id: org.id,
      bilan_id: bilanId,
      consultant_id: (options.by ?? org.consultant).id,
      phase: 'investigation',
      mode: options.personalWork ? 'personal_work' : 'in_person',
      place: options.personalWork ? null : 'Lyon',
      starts_at: start,
      ends_at: end,
      status: options.status ?? 'held',
      actual_start_at: options.actualMinutes ? start : null,
      actual_end_at: options.actualMinutes ? new Date(start.getTime() + options.actualMinutes * 60_000) : null,
      signed_by_beneficiary_at: signedAt,
      signed_by_consultant_at: signedAt,
    })
    .execute();
}

beforeAll(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  A = await createOrganisation(deps);
  B = await createOrganisation(deps);
  xavier = await createUser(deps, A.id, 'consultant', 'xavier');
  await sql`UPDATE organisations SET vat_regime = 'exempt', nda_number = '11755555575' WHERE id = ${A.id}`.execute(
    deps.db,
  );

  ids.B1 = await bilanOf(A, 'b1', {
    financing: 'cpf',
    category: 'salarie_prive',
    phase: 'cloture',
    sold: 1440,
    price: 180_000,
  });
  for (const day of ['2025-03-03', '2025-03-10', '2025-03-17']) await seance(A, ids.B1, `${day}T09:00:00Z`, 120);
  await seance(A, ids.B1, '2025-03-24T09:00:00Z', 120, { signed: false });
  await seance(A, ids.B1, '2025-03-25T09:00:00Z', 180, { personalWork: true });

  ids.B2 = await bilanOf(
    A,
    'b2',
    { financing: 'employer_plan', category: 'salarie_prive', phase: 'cloture', sold: 1200, price: 240_000 },
    xavier,
  );
  await seance(A, ids.B2, '2025-12-10T09:00:00Z', 120, { by: xavier });
  // 31 December at 23:30 in Paris (22:30 UTC): 2025.
  await seance(A, ids.B2, '2025-12-31T22:30:00Z', 60, { by: xavier });
  await seance(A, ids.B2, '2026-01-15T09:00:00Z', 240, { by: xavier });

  ids.B3 = await bilanOf(A, 'b3', {
    financing: 'france_travail',
    category: 'demandeur_emploi',
    phase: 'abandonne',
    sold: 1200,
    price: 150_000,
    status: 'approved',
  });
  await seance(A, ids.B3, '2025-05-05T09:00:00Z', 90);
  await seance(A, ids.B3, '2025-05-12T09:00:00Z', 90);
  await seance(A, ids.B3, '2025-05-19T09:00:00Z', 120, { status: 'cancelled' });

  ids.B4 = await bilanOf(A, 'b4', {
    financing: 'self_funded',
    category: 'particulier',
    phase: 'conclusion',
    sold: 1080,
    price: 120_000,
    status: 'invoiced',
  });
  await seance(A, ids.B4, '2025-09-01T08:00:00Z', 120, { actualMinutes: 150 });

  ids.B5 = await bilanOf(A, 'b5', {
    financing: 'opco',
    category: null,
    phase: 'investigation',
    sold: 1200,
    price: null,
  });
  await seance(A, ids.B5, '2025-10-01T08:00:00Z', 60);

  ids.B6 = await bilanOf(A, 'b6', {
    financing: 'cpf',
    category: 'demandeur_emploi',
    phase: 'cloture',
    sold: 1200,
    price: 100_000,
  });
  await seance(A, ids.B6, '2024-06-01T08:00:00Z', 300);
  // 1 January 2026 at 00:30 in Paris, still 31 December 2025 in UTC: 2026.
  await seance(A, ids.B6, '2025-12-31T23:30:00Z', 60);

  ids.BB = await bilanOf(B, 'bb', {
    financing: 'self_funded',
    category: 'particulier',
    phase: 'cloture',
    sold: 600,
    price: 90_000,
  });
  await seance(B, ids.BB, '2025-06-01T08:00:00Z', 600);

  await setConsultantStatus(deps, A.admin.actor, '2025', xavier.id, { external: true });
});

const line = (view: Awaited<ReturnType<typeof getBpfFigures>>, code: string) =>
  view.figures.frameC.lines.find((l) => l.line === code)!.amountCents;

describe('the BPF of 2025, worked out by hand', () => {
  it('counts hours, trainees, people and income as in the table above', async () => {
    const view = await getBpfFigures(deps, A.admin.actor, '2025');
    const f = view.figures;
    expect(f.year).toEqual({ year: 2025, from: '2025-01-01', to: '2025-12-31' });
    expect(f.frameF3e).toEqual({ trainees: 5, minutes: 930 });
    expect(f.frameF4).toEqual({ nsf: '415', trainees: 5, minutes: 930 });
    expect(Object.fromEntries(f.frameF1.lines.map((l) => [l.category, [l.trainees, l.minutes]]))).toEqual({
      salarie_prive: [2, 540],
      apprenti: [0, 0],
      demandeur_emploi: [1, 180],
      particulier: [1, 150],
      autre: [0, 0],
    });
    expect(f.frameF1.missing).toEqual({ trainees: 1, minutes: 60 });
    expect(f.frameF1.total).toEqual({ trainees: 4, minutes: 870 });
    expect(f.consistent).toBe(false);
    expect(f.frameE.internal).toEqual({ people: 1, minutes: 750 });
    expect(f.frameE.external).toEqual({ people: 1, minutes: 180 });
    expect(line(view, '2.e')).toBe(180_000);
    expect(line(view, '1')).toBe(102_857);
    expect(line(view, '7')).toBe(22_500);
    expect(line(view, '9')).toBe(16_667);
    expect(line(view, '2.h')).toBe(0);
    expect(f.frameC.totalCents).toBe(322_024);
    expect(f.frameF2).toEqual({ trainees: 0, minutes: 0 });
    expect(f.frameG).toEqual({ trainees: 0, minutes: 0 });
    expect(f.gaps.missingCategory.map((g) => [g.bilanId, g.minutes])).toEqual([[ids.B5, 60]]);
    expect(f.gaps.revenue.map((g) => [g.bilanId, g.reason])).toEqual([[ids.B5, 'price_missing']]);
    expect(view.closed).toBe(true);
    expect(view.filing).toBeNull();
  });

  it('counts the other part of a bilan spanning two years, and 1 January 00:30 Paris, in 2026', async () => {
    const view = await getBpfFigures(deps, A.admin.actor, '2026');
    expect(view.figures.frameF3e).toEqual({ trainees: 2, minutes: 300 });
    expect(line(view, '1')).toBe(137_143);
    expect(view.closed).toBe(false);
  });

  it('gives another organisation its own figures only', async () => {
    const view = await getBpfFigures(deps, B.admin.actor, '2025');
    expect(view.figures.frameF3e).toEqual({ trainees: 1, minutes: 600 });
    expect(view.figures.frameC.totalCents).toBe(90_000);
  });

  it('writes the CSV and the PDF with the frames', async () => {
    const csv = Buffer.from((await exportBpfCsv(deps, A.admin.actor, '2025')).bytes).toString('utf8');
    expect(csv.startsWith('\uFEFFBilan pédagogique et financier 2025;')).toBe(true);
    expect(csv).toContain('\r\nC;1;Entreprises, pour la formation de leurs salariés;;;1028,57\r\n');
    expect(csv).toContain('\r\nC;Total;Total des produits au titre de la formation professionnelle;;;3220,24\r\n');
    expect(csv).toContain('\r\nE;Externes;Personnes extérieures (sous-traitance, indépendant·es);1;3,00;\r\n');
    expect(csv).toContain('\r\nF-1;?;Catégorie non renseignée;1;1,00;\r\n');
    expect(csv).toContain('\r\nF-3;e;Bilans de compétences;5;15,50;\r\n');
    if (PDFTOTEXT_MISSING) return;
    const pdf = await exportBpfPdf(deps, A.admin.actor, '2025');
    expect(pdf.filename).toBe('bpf-2025.pdf');
    const text = pdfText(pdf.bytes);
    for (const frame of ['Cadre C', 'Cadre E', 'Cadre F-1', 'Cadre F-3', 'Cadre F-4', 'Cadre G', '415', '15,50'])
      expect(text).toContain(frame);
  });
});

describe('marking the BPF filed', () => {
  it('is refused while the F totals disagree, then accepted once the category is filled', async () => {
    const before = await deps.db.selectFrom('bpf_filings').selectAll().where('organisation_id', '=', A.id).execute();
    await expect(recordBpfFiling(deps, A.admin.actor, '2025', { filedOn: '2026-05-20' })).rejects.toMatchObject({
      code: 'bpf_totals_disagree',
    });
    expect(await deps.db.selectFrom('bpf_filings').selectAll().where('organisation_id', '=', A.id).execute()).toEqual(
      before,
    );

    // The consultant fills the gap from the dossier.
    await setBeneficiaryCategory(deps, A.consultant.actor, ids.B5!, { category: 'salarie_prive' });
    const view = await getBpfFigures(deps, A.admin.actor, '2025');
    expect(view.figures.frameF1.lines[0]).toEqual({ category: 'salarie_prive', trainees: 3, minutes: 600 });
    expect(view.figures.frameF1.total).toEqual({ trainees: 5, minutes: 930 });
    expect(view.figures.consistent).toBe(true);

    expect(await recordBpfFiling(deps, A.admin.actor, '2025', { filedOn: '2026-05-20' })).toEqual({
      filedOn: '2026-05-20',
    });
    expect((await getBpfFigures(deps, A.admin.actor, '2025')).filing?.filedOn).toBe('2026-05-20');
    const events = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('organisation_id', '=', A.id)
      .where('action', 'like', 'bpf.%')
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['bpf.consultant_status_changed', 'bpf.category_changed', 'bpf.filed']);
  });

  it('refuses a year not closed, a day before the year ends or in the future', async () => {
    await expect(recordBpfFiling(deps, B.admin.actor, '2026', { filedOn: '2026-05-20' })).rejects.toMatchObject({
      code: 'bpf_year_not_closed',
    });
    for (const filedOn of ['2025-12-31', '2026-11-24'])
      await expect(recordBpfFiling(deps, B.admin.actor, '2025', { filedOn })).rejects.toBeInstanceOf(AppError);
  });

  it('answers bad input in French with 422 and changes nothing, through HTTP', async () => {
    const app = testApp(deps);
    const cookie = await loginAs(app, B.admin.email);
    const count = async () => (await deps.db.selectFrom('bpf_filings').selectAll().execute()).length;
    const n = await count();
    const impossible = await call(app, 'POST', '/api/admin/bpf/2025/filing', {
      cookie,
      body: { filedOn: '2026-02-30' },
    });
    expect(impossible.status).toBe(422);
    expect(JSON.stringify(impossible.body)).toContain('n’existe pas');
    const nul = await call(app, 'POST', '/api/admin/bpf/2025/filing', { cookie, body: { filedOn: '2026-05-2\u0000' } });
    expect(nul.status).toBe(422);
    for (const year of ['1999', '2100', '2027', 'abcd', '20%0025']) {
      const r = await call(app, 'GET', `/api/admin/bpf/${year}`, { cookie });
      expect(r.status).toBe(422);
      expect(r.body.error.message).toContain('Indiquez un exercice');
    }
    const badCategory = await call(app, 'POST', `/api/bilans/${ids.BB}/beneficiary-category`, {
      cookie,
      body: { category: 'cadre\u0000' },
    });
    expect(badCategory.status).toBe(422);
    expect(await count()).toBe(n);
    expect((await call(app, 'GET', '/api/admin/bpf/2025/bpf.csv', { cookie })).headers.get('content-type')).toContain(
      'text/csv',
    );
  });
});

describe('the reminder', () => {
  it('sends nothing on 31 March, one e-mail on 1 April, nothing again, one after 15 May; nothing once filed', async () => {
    const r = await createOrganisation(deps);
    const filed = await createOrganisation(deps);
    for (const org of [r, filed])
      await sql`UPDATE organisations SET created_at = '2025-02-01T10:00:00Z' WHERE id = ${org.id}`.execute(deps.db);
    await deps.db
      .insertInto('bpf_filings')
      .values({
        organisation_id: filed.id,
        year: 2025,
        filed_on: '2026-03-15',
        recorded_by: filed.admin.id,
        recorded_at: new Date('2026-03-15T10:00:00Z'),
      })
      .execute();
    const mails = async (org: TestOrganisation) =>
      (
        await deps.db
          .selectFrom('outbox_emails')
          .select(['to_address', 'subject'])
          .where('organisation_id', '=', org.id)
          .where('kind', '=', 'bpf_reminder')
          .execute()
      ).length;
    const sweepAt = async (at: string) => {
      deps.clock.set(at);
      return sweepBpfReminders(deps, new Date(at));
    };

    await sweepAt('2026-03-31T20:00:00Z');
    expect(await mails(r)).toBe(0);
    expect((await getBpfReminder(deps, r.admin.actor)).reminder).toBeNull();

    await sweepAt('2026-04-01T06:15:00Z');
    expect(await mails(r)).toBe(1);
    expect((await getBpfReminder(deps, r.admin.actor)).reminder).toEqual({
      year: 2025,
      deadline: '2026-05-31',
      overdue: false,
    });
    await sweepAt('2026-04-01T07:15:00Z');
    await sweepAt('2026-05-15T07:15:00Z');
    expect(await mails(r)).toBe(1);

    await sweepAt('2026-05-16T07:15:00Z');
    expect(await mails(r)).toBe(2);
    await sweepAt('2026-05-17T07:15:00Z');
    expect(await mails(r)).toBe(2);

    expect(await mails(filed)).toBe(0);
    expect((await getBpfReminder(deps, filed.admin.actor)).reminder).toBeNull();
    deps.clock.set('2026-11-23T09:00:00Z');
  });
});
