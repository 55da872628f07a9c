import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { planSeance } from './plan-seance.ts';
import { cancelSeance } from './cancel-seance.ts';
import { markSeanceHeld } from './mark-seance-held.ts';
import { markSeanceNoShow } from './mark-seance-no-show.ts';
import { rescheduleSeance } from './reschedule-seance.ts';
import { signAttendance } from './sign-attendance.ts';
import { listBilanSeances } from './list-bilan-seances.ts';
import { sweepSeanceReminders } from './sweep-seance-reminders.ts';
import { getConsultantHome as consultantHome } from '../../bilans/use-cases/get-consultant-home.ts';
import { changeBilanPhase } from '../../bilans/use-cases/change-bilan-phase.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const plan = (date: string, start: string, end: string, extra: Record<string, unknown> = {}) =>
  planSeance(deps, org.consultant.actor, bilanId, {
    date,
    start,
    end,
    mode: 'in_person',
    phase: 'preliminaire',
    place: 'Cap Avenir, 12 rue de la République, Lyon',
    ...extra,
  } as never);

async function heldAndShown(seanceId: string, start = '14:00', end = '16:00') {
  await markSeanceHeld(deps, org.consultant.actor, seanceId, { actualStart: start, actualEnd: end });
  const view = (await listBilanSeances(deps, org.consultant.actor, bilanId)).seances.find((s) => s.id === seanceId)!;
  return { shownStart: view.actualStartAt!, shownEnd: view.actualEndAt! };
}

beforeEach(async () => {
  deps = testDeps('2026-11-23T08:00:00Z'); // Monday 23 November 2026, 09:00 in Paris
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary', 'seances');
  await deps.db
    .updateTable('users')
    .set({ first_name: 'Bruno', last_name: 'Lefèvre' })
    .where('id', '=', beneficiary.id)
    .execute();
  const bilan = await deps.db
    .insertInto('bilans')
    .values({
      organisation_id: org.id,
      beneficiary_id: beneficiary.id,
      consultant_id: org.consultant.id,
      financing: 'opco',
      planned_accompaniment_minutes: 1440,
      created_at: deps.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  bilanId = bilan.id;
});

describe('planning séances', () => {
  it('plans a séance and e-mails the beneficiary a calendar invitation', async () => {
    const { seanceId } = await plan('2026-12-01', '14:00', '16:00');
    const row = await deps.db.selectFrom('seances').selectAll().where('id', '=', seanceId).executeTakeFirstOrThrow();
    expect(row.starts_at.toISOString()).toBe('2026-12-01T13:00:00.000Z');
    const mail = await deps.db
      .selectFrom('outbox_emails')
      .selectAll()
      .where('kind', '=', 'seance_planned')
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(mail.to_address).toBe(beneficiary.email);
    expect(mail.text_body).toContain('le mardi 1er décembre 2026 de 14\u00A0h à 16\u00A0h');
    expect(mail.text_body).toContain(`L’équipe d’${org.name}`); // « Organisme … »
    expect(mail.text_body).not.toContain('Sillage');
    expect(mail.attachments).toHaveLength(1);
    const ics = Buffer.from(mail.attachments[0]!.contentBase64, 'base64').toString('utf8');
    expect(ics).toContain(`UID:seance-${seanceId}@sillage`);
    expect(ics).toContain('DTSTART:20261201T130000Z');
  });

  it('refuses the past, an end before the start, an overlap in the consultant’s agenda; nothing saved', async () => {
    await expect(plan('2026-11-20', '14:00', '16:00')).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { date: expect.stringContaining('dans le passé') },
    });
    await expect(plan('2026-12-01', '16:00', '14:00')).rejects.toMatchObject({
      fields: { end: expect.stringContaining('doit être après son début') },
    });
    await plan('2026-12-01', '14:00', '16:00');
    // The same consultant, another bilan, overlapping time.
    const other = await createUser(deps, org.id, 'beneficiary', 'autre');
    const otherBilan = await deps.db
      .insertInto('bilans')
      .values({
        organisation_id: org.id,
        beneficiary_id: other.id,
        consultant_id: org.consultant.id,
        financing: 'opco',
        planned_accompaniment_minutes: 600,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await expect(
      planSeance(deps, org.consultant.actor, otherBilan.id, {
        date: '2026-12-01',
        start: '15:00',
        end: '17:00',
        mode: 'remote',
        phase: 'preliminaire',
        link: 'https://visio.exemple.fr/abc',
      }),
    ).rejects.toMatchObject({ fields: { start: expect.stringContaining('chevauche') } });
    expect(
      await deps.db.selectFrom('seances').select('id').where('organisation_id', '=', org.id).execute(),
    ).toHaveLength(1);
  });

  it('refuses a séance that would take the bilan beyond 24 hours of accompaniment, not personal work', async () => {
    for (let day = 1; day <= 12; day++) await plan(`2026-12-${String(day).padStart(2, '0')}`, '09:00', '11:00');
    await expect(plan('2026-12-14', '09:00', '09:01')).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { end: expect.stringMatching(/au-delà du maximum de 24\sh/) },
    });
    await expect(
      plan('2026-12-14', '09:00', '12:00', { mode: 'personal_work', place: undefined }),
    ).resolves.toBeDefined();
    const view = await listBilanSeances(deps, org.consultant.actor, bilanId);
    expect(view.counters).toMatchObject({
      accompanimentPlannedMinutes: 1440,
      personalWorkPlannedMinutes: 180,
      remainingToPlanMinutes: 0,
    });
  });

  it('answers warnings (holiday, long séance, beyond the bilan’s planned hours) and counts against its planned hours', async () => {
    await deps.db
      .updateTable('bilans')
      .set({ planned_accompaniment_minutes: 1200 })
      .where('id', '=', bilanId)
      .execute();
    expect((await listBilanSeances(deps, org.consultant.actor, bilanId)).counters).toMatchObject({
      bilanPlannedMinutes: 1200,
      maximumMinutes: 1440,
      remainingToPlanMinutes: 1200,
    });
    const christmas = await plan('2026-12-25', '09:00', '11:00');
    expect(christmas.warnings).toEqual([
      {
        code: 'session_on_public_holiday',
        message:
          'Le 25 décembre 2026 est un jour férié (Noël) : vérifiez que la séance peut bien avoir lieu ce jour-là.',
      },
    ]);
    expect((await plan('2026-12-01', '09:00', '15:00')).warnings.map((w) => w.code)).toEqual(['session_too_long']);
    for (let day = 2; day <= 7; day++) await plan(`2026-12-${String(day).padStart(2, '0')}`, '09:00', '11:00');
    // 2 + 6 + 12 = 20 h: nothing left against the 20 h planned, 4 h below the legal maximum.
    expect((await listBilanSeances(deps, org.consultant.actor, bilanId)).counters.remainingToPlanMinutes).toBe(0);
    const beyond = await plan('2026-12-08', '09:00', '11:00');
    expect(beyond.warnings).toEqual([
      expect.objectContaining({ code: 'accompaniment_above_planned', message: expect.stringContaining('22\u00A0h') }),
    ]);
    const moved = await rescheduleSeance(deps, org.consultant.actor, beyond.seanceId, {
      date: '2026-12-27',
      start: '09:00',
      end: '11:00',
      reason: 'Demande du bénéficiaire',
    });
    expect(moved.warnings.map((w) => w.code)).toEqual(['session_on_sunday', 'accompaniment_above_planned']);
    await expect(plan('2026-12-09', '09:00', '11:01')).rejects.toMatchObject({
      fields: { end: expect.stringMatching(/au-delà du maximum de 24\sh/) },
    });
  });

  it('moves a planned séance with a reason, updating the calendar; cancels one with a reason', async () => {
    const { seanceId } = await plan('2026-12-01', '14:00', '16:00');
    await rescheduleSeance(deps, org.consultant.actor, seanceId, {
      date: '2026-12-03',
      start: '10:00',
      end: '12:00',
      reason: 'Demande de la bénéficiaire',
    });
    const moved = await deps.db
      .selectFrom('outbox_emails')
      .selectAll()
      .where('kind', '=', 'seance_rescheduled')
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(moved.text_body).toContain(
      'La séance prévue le mardi 1er décembre 2026 de 14\u00A0h à 16\u00A0h est déplacée au jeudi 3 décembre 2026 de 10\u00A0h à 12\u00A0h.',
    );
    expect(moved.subject).toBe('Séance déplacée au jeudi 3 décembre 2026 de 10\u00A0h à 12\u00A0h');
    expect(Buffer.from(moved.attachments[0]!.contentBase64, 'base64').toString()).toContain('SEQUENCE:1');
    await cancelSeance(deps, org.consultant.actor, seanceId, 'Arrêt maladie');
    const cancelled = await deps.db
      .selectFrom('outbox_emails')
      .selectAll()
      .where('kind', '=', 'seance_cancelled')
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(Buffer.from(cancelled.attachments[0]!.contentBase64, 'base64').toString()).toContain('METHOD:CANCEL');
    await expect(cancelSeance(deps, org.consultant.actor, seanceId, 'Encore')).rejects.toMatchObject({
      code: 'seance_not_changeable',
    });
  });
});

describe('attendance and counters', () => {
  it('counts a séance as done once held and signed by both, in person on the consultant’s device', async () => {
    const { seanceId } = await plan('2026-11-23', '14:00', '16:00');
    await expect(
      markSeanceHeld(deps, org.consultant.actor, seanceId, { actualStart: '14:00', actualEnd: '16:00' }),
    ).rejects.toMatchObject({ code: 'seance_not_changeable' });
    deps.clock.set('2026-11-23T15:30:00Z');
    const shown = await heldAndShown(seanceId, '14:05', '16:20');
    await expect(
      signAttendance(deps, org.consultant.actor, seanceId, {
        signedName: 'Bruno Lefèvre',
        consent: true,
        forBeneficiary: true,
        ...shown,
      }),
    ).resolves.toEqual({ complete: false });
    let home = await consultantHome(deps, org.consultant.actor);
    expect(home.open[0]?.doneMinutes).toBe(0);
    const consultantName = await deps.db
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', org.consultant.id)
      .executeTakeFirstOrThrow();
    await expect(
      signAttendance(deps, org.consultant.actor, seanceId, {
        signedName: `${consultantName.first_name} ${consultantName.last_name}`,
        consent: true,
        ...shown,
      }),
    ).resolves.toEqual({ complete: true });
    home = await consultantHome(deps, org.consultant.actor);
    expect(home.open[0]?.doneMinutes).toBe(135);
    const view = await listBilanSeances(deps, beneficiary.actor, bilanId);
    expect(view.seances[0]).toMatchObject({
      status: 'held',
      beneficiarySignature: { method: 'in_person', name: 'Bruno Lefèvre' },
      consultantSignature: { method: 'remote' },
    });
    expect(view.counters.accompanimentDoneMinutes).toBe(135);
  });

  it('lets the beneficiary sign remotely, refusing a wrong name, changed times and a second signature', async () => {
    const { seanceId } = await plan('2026-11-23', '14:00', '16:00', {
      mode: 'remote',
      place: undefined,
      link: 'https://visio.exemple.fr/x',
    });
    deps.clock.set('2026-11-23T16:00:00Z');
    await expect(
      signAttendance(deps, beneficiary.actor, seanceId, {
        signedName: 'Bruno Lefèvre',
        consent: true,
        shownStart: '2026-11-23T13:00:00.000Z',
        shownEnd: '2026-11-23T15:00:00.000Z',
      }),
    ).rejects.toMatchObject({ code: 'attendance_refused', message: expect.stringContaining('marquée comme réalisée') });
    const shown = await heldAndShown(seanceId);
    await expect(
      signAttendance(deps, beneficiary.actor, seanceId, { signedName: 'Quelqu’un d’autre', consent: true, ...shown }),
    ).rejects.toMatchObject({ code: 'validation_failed', fields: { signedName: expect.any(String) } });
    await expect(
      signAttendance(deps, beneficiary.actor, seanceId, {
        signedName: 'Bruno Lefèvre',
        consent: true,
        shownStart: shown.shownStart,
        shownEnd: '2026-11-23T15:30:00.000Z',
      }),
    ).rejects.toMatchObject({ message: expect.stringContaining('ont changé') });
    await signAttendance(deps, beneficiary.actor, seanceId, { signedName: 'lefevre bruno', consent: true, ...shown });
    await expect(
      signAttendance(deps, beneficiary.actor, seanceId, { signedName: 'Bruno Lefèvre', consent: true, ...shown }),
    ).rejects.toMatchObject({ message: 'Cette séance est déjà émargée par cette personne.' });
    expect(
      await deps.db.selectFrom('attendance_signatures').select('method').where('seance_id', '=', seanceId).execute(),
    ).toEqual([{ method: 'remote' }]);
  });

  it('records one signature per person when 40 taps arrive at once, and counts the séance once', async () => {
    const { seanceId } = await plan('2026-11-23', '14:00', '16:00');
    deps.clock.set('2026-11-23T15:30:00Z');
    const shown = await heldAndShown(seanceId);
    const consultant = await deps.db
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', org.consultant.id)
      .executeTakeFirstOrThrow();
    const taps = Array.from({ length: 40 }, (_, i) =>
      signAttendance(deps, org.consultant.actor, seanceId, {
        signedName: i % 2 === 0 ? 'Bruno Lefèvre' : `${consultant.first_name} ${consultant.last_name}`,
        consent: true,
        ...(i % 2 === 0 ? { forBeneficiary: true } : {}),
        ...shown,
      }),
    );
    const outcomes = await Promise.allSettled(taps);
    const done = outcomes.filter((o) => o.status === 'fulfilled');
    expect(done).toHaveLength(2);
    for (const o of outcomes)
      if (o.status === 'rejected')
        expect(o.reason).toMatchObject({ message: 'Cette séance est déjà émargée par cette personne.' });
    const signatures = await deps.db
      .selectFrom('attendance_signatures')
      .select(['signer_role'])
      .where('seance_id', '=', seanceId)
      .orderBy('signer_role')
      .execute();
    expect(signatures.map((s) => s.signer_role)).toEqual(['beneficiary', 'consultant']);
    expect((await listBilanSeances(deps, org.consultant.actor, bilanId)).counters.accompanimentDoneMinutes).toBe(120);
  });

  it('flags a bilan at risk after two no-shows', async () => {
    const a = await plan('2026-11-23', '10:00', '11:00');
    const b = await plan('2026-11-23', '11:00', '12:00');
    deps.clock.set('2026-11-23T12:00:00Z');
    await markSeanceNoShow(deps, org.consultant.actor, a.seanceId, undefined);
    expect((await listBilanSeances(deps, org.consultant.actor, bilanId)).atRisk.atRisk).toBe(false);
    await markSeanceNoShow(deps, org.consultant.actor, b.seanceId, 'Sans nouvelles');
    const view = await listBilanSeances(deps, org.consultant.actor, bilanId);
    expect(view.atRisk).toMatchObject({ atRisk: true, reasons: [{ code: 'repeated_no_shows' }] });
  });
});

describe('who may act on séances', () => {
  it('hides the séances of a bilan from another consultant and another beneficiary, and refuses admins', async () => {
    const { seanceId } = await plan('2026-12-01', '14:00', '16:00');
    const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary', 'autre');
    await expect(listBilanSeances(deps, colleague.actor, bilanId)).rejects.toMatchObject({ status: 404 });
    await expect(listBilanSeances(deps, otherBeneficiary.actor, bilanId)).rejects.toMatchObject({ status: 404 });
    await expect(listBilanSeances(deps, org.admin.actor, bilanId)).rejects.toMatchObject({ status: 403 });
    await expect(cancelSeance(deps, colleague.actor, seanceId, 'Pas la mienne')).rejects.toMatchObject({ status: 404 });
    await expect(
      planSeance(deps, beneficiary.actor, bilanId, {
        date: '2026-12-02',
        start: '10:00',
        end: '11:00',
        mode: 'personal_work',
        phase: 'preliminaire',
      }),
    ).rejects.toMatchObject({ status: 403 });
  });
});

describe('reminders', () => {
  it('reminds once the day before, only for séances planned more than a day ahead', async () => {
    await plan('2026-11-25', '14:00', '16:00');
    await plan('2026-11-24', '08:30', '09:30'); // less than a day ahead of now + 24 h: no reminder
    const mine = () =>
      deps.db
        .selectFrom('seances')
        .select('reminder_sent_at')
        .where('organisation_id', '=', org.id)
        .where('reminder_sent_at', 'is not', null)
        .execute();
    await sweepSeanceReminders(deps, new Date('2026-11-23T09:00:00Z'));
    expect(await mine()).toHaveLength(0);
    const dayBefore = new Date('2026-11-24T14:00:00Z');
    await sweepSeanceReminders(deps, dayBefore);
    expect(await mine()).toHaveLength(1);
    expect(await sweepSeanceReminders(deps, dayBefore)).toEqual({ reminded: 0 });
    const reminders = await deps.db
      .selectFrom('outbox_emails')
      .select(['subject'])
      .where('kind', '=', 'seance_reminder')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(reminders).toEqual([
      { subject: 'Rappel : séance de bilan le mercredi 25 novembre 2026 de 14\u00A0h à 16\u00A0h' },
    ]);
  });
});

describe('the end of a bilan', () => {
  it('cancels the séances still to come, with a calendar cancellation, and keeps the past ones', async () => {
    const { seanceId: past } = await plan('2026-11-23', '10:00', '11:00');
    const { seanceId: future } = await plan('2026-12-03', '14:00', '16:00');
    deps.clock.set('2026-11-25T08:00:00Z');
    await changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'abandonne', reason: 'Déménagement' });
    const rows = await deps.db
      .selectFrom('seances')
      .select(['id', 'status', 'status_reason'])
      .where('bilan_id', '=', bilanId)
      .execute();
    expect(rows.find((r) => r.id === past)?.status).toBe('planned');
    expect(rows.find((r) => r.id === future)).toMatchObject({
      status: 'cancelled',
      status_reason: 'Le bilan est interrompu : cette séance n’aura pas lieu.',
    });
    const mail = await deps.db
      .selectFrom('outbox_emails')
      .select(['text_body', 'attachments'])
      .where('kind', '=', 'seance_cancelled')
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(mail.text_body).not.toContain('Déménagement');
    expect(Buffer.from(mail.attachments[0]!.contentBase64, 'base64').toString('utf8')).toContain('METHOD:CANCEL');
    await sweepSeanceReminders(deps, new Date('2026-12-02T15:00:00Z'));
    expect(
      await deps.db
        .selectFrom('outbox_emails')
        .select('id')
        .where('kind', '=', 'seance_reminder')
        .where('organisation_id', '=', org.id)
        .execute(),
    ).toEqual([]);
  });
});
