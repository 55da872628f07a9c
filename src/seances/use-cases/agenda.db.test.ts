/**
 * The consultant's agenda (issue 11): their own séances only, by Paris day (daylight saving
 * included), with the public holidays; and attendance signed in one tap from one's own account.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { listConsultantAgenda } from './list-consultant-agenda.ts';
import { signAttendance } from './sign-attendance.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

async function seance(
  organisation: TestOrganisation,
  bilan: string,
  consultantId: string,
  startsAt: string,
  minutes = 60,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const start = new Date(startsAt);
  const row = await deps.db
    .insertInto('seances')
    .values({
      organisation_id: organisation.id,
      bilan_id: bilan,
      consultant_id: consultantId,
      phase: 'preliminaire',
      mode: 'in_person',
      place: 'Bureau 2',
      starts_at: start,
      ends_at: new Date(start.getTime() + minutes * 60_000),
      status: 'planned',
      ...extra,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const agenda = (from: string, to: string, actor = org.consultant.actor) =>
  listConsultantAgenda(deps, actor, { from, to });

beforeEach(async () => {
  deps = testDeps('2026-11-23T08:00:00Z');
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary', 'agenda');
  await deps.db
    .updateTable('users')
    .set({ first_name: 'Bruno', last_name: 'Lefèvre' })
    .where('id', '=', beneficiary.id)
    .execute();
  bilanId = await insertBilan(deps, org, beneficiary);
});

describe('the consultant’s agenda', () => {
  it('lists the consultant’s séances of the range with the beneficiary, place and state', async () => {
    const id = await seance(org, bilanId, org.consultant.id, '2026-12-07T08:30:00Z', 120, { topic: 'Parcours' });
    await seance(org, bilanId, org.consultant.id, '2026-12-14T08:30:00Z'); // the week after
    const page = await agenda('2026-12-07', '2026-12-13');
    expect(page).toMatchObject({ from: '2026-12-07', to: '2026-12-13', holidays: [] });
    expect(page.seances).toEqual([
      {
        id,
        bilanId,
        beneficiary: { firstName: 'Bruno', lastName: 'Lefèvre' },
        startsAt: '2026-12-07T08:30:00.000Z',
        endsAt: '2026-12-07T10:30:00.000Z',
        mode: 'in_person',
        place: 'Bureau 2',
        topic: 'Parcours',
        status: 'planned',
        awaitingSignature: false,
      },
    ]);
  });

  it('never shows another consultant’s séances, nor another organisation’s', async () => {
    const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary', 'autre');
    const colleagueBilan = await insertBilan(deps, org, otherBeneficiary, { consultant_id: colleague.id });
    await seance(org, colleagueBilan, colleague.id, '2026-12-08T09:00:00Z');
    const other = await createOrganisation(deps);
    const otherOrgBeneficiary = await createUser(deps, other.id, 'beneficiary', 'ailleurs');
    const otherOrgBilan = await insertBilan(deps, other, otherOrgBeneficiary);
    await seance(other, otherOrgBilan, other.consultant.id, '2026-12-08T10:00:00Z');
    const mine = await seance(org, bilanId, org.consultant.id, '2026-12-08T13:00:00Z');

    expect((await agenda('2026-12-07', '2026-12-13')).seances.map((s) => s.id)).toEqual([mine]);
    expect((await agenda('2026-12-07', '2026-12-13', colleague.actor)).seances.map((s) => s.bilanId)).toEqual([
      colleagueBilan,
    ]);
    expect((await agenda('2026-12-07', '2026-12-13', other.consultant.actor)).seances.map((s) => s.bilanId)).toEqual([
      otherOrgBilan,
    ]);
  });

  it('refuses beneficiaries and admins (403)', async () => {
    await expect(agenda('2026-12-07', '2026-12-13', beneficiary.actor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(agenda('2026-12-07', '2026-12-13', org.admin.actor)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('puts séances on their Paris day across the spring and autumn clock changes', async () => {
    // Sunday 28 March 2027, 23 h 30 in Paris (summer time, UTC+2) = 21:30 UTC.
    const springSunday = await seance(org, bilanId, org.consultant.id, '2027-03-28T21:30:00Z', 30);
    // Monday 29 March 2027, 0 h 30 in Paris = 22:30 UTC on the Sunday.
    const springMonday = await seance(org, bilanId, org.consultant.id, '2027-03-28T22:30:00Z', 30);
    // Sunday 25 October 2026, 23 h 30 in Paris (winter time again, UTC+1) = 22:30 UTC.
    const autumnSunday = await seance(org, bilanId, org.consultant.id, '2026-10-25T22:30:00Z', 30);
    // Monday 26 October 2026, 0 h 30 in Paris = 23:30 UTC on the Sunday.
    const autumnMonday = await seance(org, bilanId, org.consultant.id, '2026-10-25T23:30:00Z', 30);
    // Sunday 25 October 2026, 0 h 30 in Paris (still summer time) = 22:30 UTC on the Saturday.
    const autumnEarly = await seance(org, bilanId, org.consultant.id, '2026-10-24T22:30:00Z', 30);

    const ids = async (from: string, to: string) => (await agenda(from, to)).seances.map((s) => s.id);
    expect(await ids('2027-03-28', '2027-03-28')).toEqual([springSunday]);
    expect(await ids('2027-03-29', '2027-04-04')).toEqual([springMonday]);
    expect(await ids('2026-10-25', '2026-10-25')).toEqual([autumnEarly, autumnSunday]);
    expect(await ids('2026-10-24', '2026-10-24')).toEqual([]);
    expect(await ids('2026-10-26', '2026-11-01')).toEqual([autumnMonday]);
  });

  it('gives the public holidays of the range and flags held séances awaiting a signature', async () => {
    await seance(org, bilanId, org.consultant.id, '2026-12-25T09:00:00Z', 60, {
      status: 'held',
      actual_start_at: new Date('2026-12-25T09:00:00Z'),
      actual_end_at: new Date('2026-12-25T10:00:00Z'),
    });
    const page = await agenda('2026-12-21', '2027-01-03');
    expect(page.holidays).toEqual([
      { date: '2026-12-25', label: 'Noël' },
      { date: '2027-01-01', label: 'Jour de l’an' },
    ]);
    expect(page.seances[0]).toMatchObject({ status: 'held', awaitingSignature: true });
  });
});

describe('attendance in one tap', () => {
  async function heldSeance(mode: 'in_person' | 'remote' = 'remote') {
    return seance(org, bilanId, org.consultant.id, '2026-11-23T07:00:00Z', 60, {
      mode,
      ...(mode === 'remote' ? { place: null, link: 'https://visio.exemple.fr/x' } : {}),
      status: 'held',
      actual_start_at: new Date('2026-11-23T07:00:00Z'),
      actual_end_at: new Date('2026-11-23T08:00:00Z'),
    });
  }
  const shown = { shownStart: '2026-11-23T07:00:00.000Z', shownEnd: '2026-11-23T08:00:00.000Z' };

  it('records the account’s name, the time and the séance when people sign for themselves', async () => {
    const id = await heldSeance();
    await expect(signAttendance(deps, beneficiary.actor, id, { consent: true, ...shown })).resolves.toEqual({
      complete: false,
    });
    await expect(signAttendance(deps, org.consultant.actor, id, { consent: true, ...shown })).resolves.toEqual({
      complete: true,
    });
    const rows = await deps.db
      .selectFrom('attendance_signatures')
      .select(['signer_role', 'signer_user_id', 'signed_name', 'signed_at', 'method', 'attested_start_at'])
      .where('seance_id', '=', id)
      .orderBy('signer_role')
      .execute();
    const consultant = await deps.db
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', org.consultant.id)
      .executeTakeFirstOrThrow();
    expect(rows).toEqual([
      {
        signer_role: 'beneficiary',
        signer_user_id: beneficiary.id,
        signed_name: 'Bruno Lefèvre',
        signed_at: new Date('2026-11-23T08:00:00Z'),
        method: 'remote',
        attested_start_at: new Date('2026-11-23T07:00:00Z'),
      },
      {
        signer_role: 'consultant',
        signer_user_id: org.consultant.id,
        signed_name: `${consultant.first_name} ${consultant.last_name}`,
        signed_at: new Date('2026-11-23T08:00:00Z'),
        method: 'remote',
        attested_start_at: new Date('2026-11-23T07:00:00Z'),
      },
    ]);
    const audit = await deps.db
      .selectFrom('audit_events')
      .select('details')
      .where('subject_id', '=', id)
      .where('action', '=', 'seance.attendance_signed')
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      { signer: 'beneficiary', method: 'remote', confirmation: 'one_tap' },
      { signer: 'consultant', method: 'remote', confirmation: 'one_tap' },
    ]);
  });

  it('keeps the server’s rules: not before the séance is held, not twice, typed name on the consultant’s device', async () => {
    const planned = await seance(org, bilanId, org.consultant.id, '2026-11-23T09:00:00Z');
    await expect(
      signAttendance(deps, beneficiary.actor, planned, {
        consent: true,
        shownStart: '2026-11-23T09:00:00.000Z',
        shownEnd: '2026-11-23T10:00:00.000Z',
      }),
    ).rejects.toMatchObject({ code: 'attendance_refused', message: expect.stringContaining('marquée comme réalisée') });
    const id = await heldSeance('in_person');
    await signAttendance(deps, beneficiary.actor, id, { consent: true, ...shown });
    await expect(signAttendance(deps, beneficiary.actor, id, { consent: true, ...shown })).rejects.toMatchObject({
      code: 'attendance_refused',
      message: 'Cette séance est déjà émargée par cette personne.',
    });
    const other = await heldSeance('in_person');
    await expect(
      signAttendance(deps, org.consultant.actor, other, { consent: true, forBeneficiary: true, ...shown }),
    ).rejects.toMatchObject({ code: 'validation_failed', fields: { signedName: expect.any(String) } });
    expect(
      await deps.db.selectFrom('attendance_signatures').select('id').where('seance_id', '=', other).execute(),
    ).toEqual([]);
  });
});
