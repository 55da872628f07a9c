import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { CURRENT_NOTICE } from '../domain/notice.ts';
import { decideConsent } from './decide-consent.ts';
import { getConsent } from './get-consent.ts';
import { getCharter } from './get-charter.ts';
import { signCharter } from './sign-charter.ts';
import { attestItem } from './attest-item.ts';
import { getChecklist } from './get-checklist.ts';
import { savePhaseRecord } from './save-phase-record.ts';
import { getBeneficiaryHome } from './get-beneficiary-home.ts';
import { planSeance } from '../../seances/use-cases/plan-seance.ts';
import { markSeanceHeld } from '../../seances/use-cases/mark-seance-held.ts';
import { signAttendance } from '../../seances/use-cases/sign-attendance.ts';
import { changeBilanPhase } from './change-bilan-phase.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary', 'consent');
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
      financing: 'self_funded',
      planned_accompaniment_minutes: 1440,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  bilanId = bilan.id;
});

describe('consent', () => {
  it('records a refusal without blame, lets the calendar be planned but not held, blocks the move, accepts a later consent', async () => {
    await decideConsent(deps, beneficiary.actor, bilanId, {
      decision: 'refused',
      noticeVersion: CURRENT_NOTICE.version,
    });
    expect((await getConsent(deps, org.consultant.actor, bilanId)).decision).toMatchObject({ decision: 'refused' });
    // The calendar of the whole bilan is agreed in the phase préliminaire, before the consent.
    const investigation = await planSeance(deps, org.consultant.actor, bilanId, {
      date: '2026-12-02',
      start: '10:00',
      end: '12:00',
      mode: 'in_person',
      phase: 'investigation',
      place: 'Bureau',
    });
    await expect(
      planSeance(deps, org.consultant.actor, bilanId, {
        date: '2026-12-01',
        start: '10:00',
        end: '12:00',
        mode: 'in_person',
        phase: 'preliminaire',
        place: 'Bureau',
      }),
    ).resolves.toBeDefined();
    // Holding it needs the consent.
    deps.clock.set('2026-12-02T11:30:00Z');
    await expect(
      markSeanceHeld(deps, org.consultant.actor, investigation.seanceId, { actualStart: '10:00', actualEnd: '12:00' }),
    ).rejects.toMatchObject({
      code: 'consent_required',
      status: 409,
      message: expect.stringContaining('aucune séance d’investigation ne peut être tenue ni émargée'),
    });
    await expect(changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'investigation' })).rejects.toMatchObject({
      details: { unmet: expect.arrayContaining([expect.objectContaining({ item: 'consent_given' })]) },
    });
    deps.clock.advance(60_000);
    await decideConsent(deps, beneficiary.actor, bilanId, { decision: 'given', noticeVersion: CURRENT_NOTICE.version });
    const checklist = await getChecklist(deps, org.consultant.actor, bilanId);
    expect(checklist.items.find((i) => i.code === 'consent_given')?.met).toBe(true);
    await markSeanceHeld(deps, org.consultant.actor, investigation.seanceId, {
      actualStart: '10:00',
      actualEnd: '12:00',
    });
    // Signing the attendance needs the consent to stand.
    deps.clock.advance(60_000);
    await decideConsent(deps, beneficiary.actor, bilanId, {
      decision: 'refused',
      noticeVersion: CURRENT_NOTICE.version,
    });
    const held = await deps.db
      .selectFrom('seances')
      .select(['actual_start_at', 'actual_end_at'])
      .where('id', '=', investigation.seanceId)
      .executeTakeFirstOrThrow();
    await expect(
      signAttendance(deps, beneficiary.actor, investigation.seanceId, {
        signedName: 'Bruno Lefèvre',
        consent: true,
        shownStart: held.actual_start_at!.toISOString(),
        shownEnd: held.actual_end_at!.toISOString(),
      }),
    ).rejects.toMatchObject({ code: 'consent_required' });
    const audit = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('bilan_id', '=', bilanId)
      .where('action', 'like', 'bilan.consent%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'bilan.consent_refused',
      'bilan.consent_given',
      'bilan.consent_refused',
    ]);
  });

  it('is the beneficiary’s decision only, on the current notice', async () => {
    await expect(
      decideConsent(deps, org.consultant.actor, bilanId, { decision: 'given', noticeVersion: CURRENT_NOTICE.version }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      decideConsent(deps, beneficiary.actor, bilanId, { decision: 'given', noticeVersion: '1999-01' }),
    ).rejects.toMatchObject({ code: 'text_changed' });
    const other = await createUser(deps, org.id, 'beneficiary', 'autre');
    await expect(
      decideConsent(deps, other.actor, bilanId, { decision: 'given', noticeVersion: CURRENT_NOTICE.version }),
    ).rejects.toMatchObject({ status: 404 });
    expect(
      await deps.db.selectFrom('bilan_consents').select('id').where('bilan_id', '=', bilanId).execute(),
    ).toHaveLength(0);
  });
});

describe('charter of mutual commitments', () => {
  it('is signed once by each party with their own name, on the text shown', async () => {
    const charter = await getCharter(deps, beneficiary.actor, bilanId);
    const base = { consent: true as const, charterVersion: charter.version, textSha256: charter.textSha256 };
    await expect(
      signCharter(deps, beneficiary.actor, bilanId, { ...base, signedName: 'Claire Dubois' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      signCharter(deps, beneficiary.actor, bilanId, {
        ...base,
        signedName: 'Bruno Lefèvre',
        textSha256: '0'.repeat(64),
      }),
    ).rejects.toMatchObject({ code: 'text_changed' });
    await signCharter(deps, beneficiary.actor, bilanId, { ...base, signedName: 'Bruno Lefèvre' });
    await expect(
      signCharter(deps, beneficiary.actor, bilanId, { ...base, signedName: 'Bruno Lefèvre' }),
    ).rejects.toMatchObject({ code: 'already_signed' });
    const after = await getCharter(deps, org.consultant.actor, bilanId);
    expect(after.signatures).toEqual([{ role: 'beneficiary', name: 'Bruno Lefèvre', at: expect.any(String) }]);
    expect(after.text).toContain('Vous vous engagez à :');
  });
});

describe('phase records and attestations', () => {
  it('records the préliminaire and attested items; refuses items Sillage records itself', async () => {
    await savePhaseRecord(deps, org.consultant.actor, bilanId, {
      needAnalysis: 'Reconversion envisagée.',
      format: 'Individuel, présentiel.',
      modalities: 'Huit séances.',
    });
    await attestItem(deps, org.consultant.actor, bilanId, {
      item: 'career_path_reviewed',
      met: true,
      note: 'Parcours revu en séance 2',
    });
    await expect(
      attestItem(deps, org.consultant.actor, bilanId, { item: 'consent_given', met: true }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    let checklist = await getChecklist(deps, org.consultant.actor, bilanId);
    expect(checklist.record.needAnalysis).toBe('Reconversion envisagée.');
    // The beneficiary reads the record written with them, on their home.
    expect((await getBeneficiaryHome(deps, beneficiary.actor)).bilan?.preliminaire).toEqual({
      needAnalysis: 'Reconversion envisagée.',
      format: 'Individuel, présentiel.',
      modalities: 'Huit séances.',
    });
    expect(checklist.items.filter((i) => i.met).map((i) => i.code)).toEqual([
      'need_analysed',
      'format_chosen',
      'modalities_agreed',
      'career_path_reviewed',
    ]);
    expect(checklist.items.find((i) => i.code === 'career_path_reviewed')?.note).toBe('Parcours revu en séance 2');
    await attestItem(deps, org.consultant.actor, bilanId, { item: 'career_path_reviewed', met: false });
    checklist = await getChecklist(deps, org.consultant.actor, bilanId);
    expect(checklist.items.find((i) => i.code === 'career_path_reviewed')?.met).toBe(false);
  });

  it('keeps the records to the bilan’s own consultant', async () => {
    const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
    await expect(getChecklist(deps, colleague.actor, bilanId)).rejects.toMatchObject({ status: 404 });
    await expect(
      savePhaseRecord(deps, colleague.actor, bilanId, { needAnalysis: 'x', format: 'x', modalities: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(getChecklist(deps, beneficiary.actor, bilanId)).rejects.toMatchObject({ status: 403 });
    await expect(getChecklist(deps, org.admin.actor, bilanId)).rejects.toMatchObject({ status: 403 });
  });
});
