/**
 * After the bilan, end to end on the database: follow-up offered, accepted, planned by the sweep
 * at closure, reminded, recorded; évaluations à chaud and à froid sent once and answered once;
 * EDOF declarations written down and reminded once; the organisation's indicators. Every sweep
 * runs twice to show it is idempotent, with the clock injected.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { getAfterBilan } from './get-after-bilan.ts';
import { markEdofDeclared } from './mark-edof-declared.ts';
import { answerEvaluation } from './answer-evaluation.ts';
import { getEvaluationForm } from './get-evaluation-form.ts';
import { sendHotEvaluationNow } from './send-hot-evaluation-now.ts';
import { answerFollowUp } from './answer-follow-up.ts';
import { offerFollowUp } from './offer-follow-up.ts';
import { recordFollowUp } from './record-follow-up.ts';
import { getOrganisationIndicators } from './get-organisation-indicators.ts';
import { sweepAfterBilan } from './sweep-after-bilan.ts';
import { bilanChecklist } from '../../bilans/data/bilan-checklist.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const at = (iso: string) => new Date(iso);
const KINDS = {
  followUpsPlanned: ['follow_up_planned'],
  followUpsReminded: ['follow_up_reminder'],
  evaluationsSent: ['evaluation_chaud', 'evaluation_froid'],
  edofReminders: ['edof_reminder'],
} as const;

/**
 * Runs the sweep (over the whole test database) and counts what it did for this test's
 * organisation, from the e-mails it queued (a follow-up reminder is two e-mails).
 */
async function sweep(iso: string): Promise<Record<keyof typeof KINDS, number>> {
  const before = await outbox();
  await sweepAfterBilan(deps, at(iso));
  const added = (await outbox()).slice(before.length);
  const count = (kinds: readonly string[]) => added.filter((m) => kinds.includes(m.kind)).length;
  return {
    followUpsPlanned: count(KINDS.followUpsPlanned),
    followUpsReminded: count(KINDS.followUpsReminded) / 2,
    evaluationsSent: count(KINDS.evaluationsSent),
    edofReminders: count(KINDS.edofReminders),
  };
}

async function outbox(kind?: string) {
  let query = deps.db
    .selectFrom('outbox_emails')
    .select(['kind', 'to_address', 'subject', 'text_body'])
    .where('organisation_id', '=', org.id)
    .orderBy('created_at');
  if (kind) query = query.where('kind', '=', kind);
  return query.execute();
}

function linkIn(text: string): string {
  const match = /\/evaluation\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match?.[1]) throw new Error('no evaluation link');
  return match[1];
}

beforeEach(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  const row = await deps.db
    .insertInto('bilans')
    .values({
      organisation_id: org.id,
      beneficiary_id: beneficiary.id,
      consultant_id: org.consultant.id,
      financing: 'cpf',
      planned_accompaniment_minutes: 1200,
      accompaniment_done_minutes: 900,
      phase: 'conclusion',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  bilanId = row.id;
  await deps.db
    .insertInto('seances')
    .values({
      organisation_id: org.id,
      bilan_id: bilanId,
      consultant_id: org.consultant.id,
      phase: 'preliminaire',
      mode: 'in_person',
      place: 'Bureau',
      starts_at: '2026-09-07T08:00:00Z',
      ends_at: '2026-09-07T10:00:00Z',
      status: 'held',
      actual_start_at: '2026-09-07T08:00:00Z',
      actual_end_at: '2026-09-07T10:00:00Z',
    })
    .execute();
});

async function close(iso: string) {
  await deps.db
    .updateTable('bilans')
    .set({ phase: 'cloture', phase_changed_at: at(iso) })
    .where('id', '=', bilanId)
    .execute();
}

describe('follow-up interview', () => {
  it('is offered in the conclusion, accepted, planned at +6 months by the sweep, reminded once, then recorded', async () => {
    await offerFollowUp(deps, org.consultant.actor, bilanId);
    await expect(offerFollowUp(deps, org.consultant.actor, bilanId)).rejects.toMatchObject({
      code: 'follow_up_refused',
    });
    expect(await outbox('follow_up_offered')).toHaveLength(1);
    const state = await bilanChecklist(deps.db, {
      ...(await deps.db.selectFrom('bilans').selectAll().where('id', '=', bilanId).executeTakeFirstOrThrow()),
    });
    expect(state.checklist?.items.find((i) => i.code === 'follow_up_offered')?.met).toBe(true);

    await answerFollowUp(deps, beneficiary.actor, bilanId, { response: 'accepted' });
    await close('2026-11-30T16:00:00Z');

    const first = await sweep('2026-12-01T07:00:00Z');
    expect(first.followUpsPlanned).toBe(1);
    expect(await sweep('2026-12-01T07:15:00Z')).toMatchObject({
      followUpsPlanned: 0,
      followUpsReminded: 0,
      evaluationsSent: 0,
      edofReminders: 0,
    });
    const view = await getAfterBilan(deps, org.consultant.actor, bilanId);
    expect(view.followUp).toMatchObject({
      state: 'planned',
      dueOn: '2027-05-30',
      reminderOn: '2027-05-16',
      canRecord: false,
    });
    expect(await outbox('follow_up_planned')).toHaveLength(1);

    // Answering again once planned is refused; recording before the reminder day too.
    await expect(answerFollowUp(deps, beneficiary.actor, bilanId, { response: 'declined' })).rejects.toMatchObject({
      code: 'follow_up_refused',
    });
    deps.clock.set('2027-05-15T12:00:00Z');
    await expect(
      recordFollowUp(deps, org.consultant.actor, bilanId, { outcome: 'project_done', heldOn: '2027-05-15' }),
    ).rejects.toMatchObject({ code: 'follow_up_refused' });

    expect((await sweep('2027-05-15T21:00:00Z')).followUpsReminded).toBe(0); // 23:00 in Paris, still the 15th
    expect((await sweep('2027-05-15T22:30:00Z')).followUpsReminded).toBe(1); // 00:30 on the 16th in Paris
    expect((await sweep('2027-05-16T08:00:00Z')).followUpsReminded).toBe(0);
    const reminders = await outbox('follow_up_reminder');
    expect(reminders.map((m) => m.to_address).sort()).toEqual([beneficiary.email, org.consultant.email].sort());

    deps.clock.set('2027-05-20T12:00:00Z');
    await expect(
      recordFollowUp(deps, org.consultant.actor, bilanId, { outcome: 'project_done', heldOn: '2027-05-21' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await recordFollowUp(deps, org.consultant.actor, bilanId, { outcome: 'project_in_progress', heldOn: '2027-05-20' });
    expect((await getAfterBilan(deps, beneficiary.actor, bilanId)).followUp).toMatchObject({
      state: 'held',
      outcome: 'project_in_progress',
    });
    const audit = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('bilan_id', '=', bilanId)
      .orderBy('occurred_at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['follow_up.offered', 'follow_up.answered', 'follow_up.recorded']);
  });

  it('is not planned when declined, and cannot be offered outside the conclusion', async () => {
    await offerFollowUp(deps, org.consultant.actor, bilanId);
    await answerFollowUp(deps, beneficiary.actor, bilanId, { response: 'declined' });
    await close('2026-11-30T16:00:00Z');
    expect((await sweep('2026-12-01T07:00:00Z')).followUpsPlanned).toBe(0);
    expect((await getAfterBilan(deps, org.consultant.actor, bilanId)).followUp?.state).toBe('declined');
    await deps.db.deleteFrom('follow_ups').where('bilan_id', '=', bilanId).execute();
    await expect(offerFollowUp(deps, org.consultant.actor, bilanId)).rejects.toMatchObject({
      code: 'follow_up_refused',
    });
  });
});

describe('evaluations', () => {
  it('sends the hot one at the end and the cold one at the follow-up date, once each; each link answers once', async () => {
    await close('2026-11-30T16:00:00Z');
    expect((await sweep('2026-11-30T17:00:00Z')).evaluationsSent).toBe(1);
    expect((await sweep('2026-11-30T17:15:00Z')).evaluationsSent).toBe(0);
    const [hot] = await outbox('evaluation_chaud');
    expect(hot?.to_address).toBe(beneficiary.email);
    const token = linkIn(hot?.text_body ?? '');

    const form = await getEvaluationForm(deps, token);
    expect(form).toMatchObject({ kind: 'chaud', firstName: 'Bruno', organisationName: org.name });
    expect(JSON.stringify(form)).not.toContain(beneficiary.email);

    // Out of scale: refused, nothing saved.
    await expect(
      answerEvaluation(deps, token, {
        answers: { attentes: 9, accompagnement: 4, outils: 4, rythme: 4, projet: 4, recommandation: 'oui' },
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(
      (
        await deps.db
          .selectFrom('evaluations')
          .select('answered_at')
          .where('bilan_id', '=', bilanId)
          .executeTakeFirstOrThrow()
      ).answered_at,
    ).toBeNull();

    await answerEvaluation(deps, token, {
      answers: {
        attentes: 4,
        accompagnement: 4,
        outils: 3,
        rythme: 2,
        projet: 1,
        recommandation: 'oui',
        'points-forts': 'Les enquêtes métier',
      },
    });
    await expect(answerEvaluation(deps, token, { answers: {} })).rejects.toMatchObject({ code: 'evaluation_answered' });
    await expect(getEvaluationForm(deps, 'x'.repeat(43))).rejects.toMatchObject({ code: 'evaluation_invalid' });

    // No follow-up accepted: the cold evaluation goes at the end + 6 months, not the day before.
    expect((await sweep('2027-05-29T10:00:00Z')).evaluationsSent).toBe(0);
    expect((await sweep('2027-05-30T10:00:00Z')).evaluationsSent).toBe(1);
    expect((await sweep('2027-05-30T11:00:00Z')).evaluationsSent).toBe(0);
    const [cold] = await outbox('evaluation_froid');
    const coldToken = linkIn(cold?.text_body ?? '');
    deps.clock.set('2027-07-29T10:00:00Z'); // the 60th day: still open
    expect((await getEvaluationForm(deps, coldToken)).kind).toBe('froid');
    deps.clock.set('2027-07-30T10:00:00Z'); // the 61st day: expired
    await expect(getEvaluationForm(deps, coldToken)).rejects.toMatchObject({ code: 'evaluation_expired' });

    const indicators = await getOrganisationIndicators(deps, org.admin.actor, { from: '2026-01-01', to: '2027-12-31' });
    expect(indicators).toMatchObject({
      ended: 1,
      completed: 1,
      abandoned: 0,
      completionShareBasisPoints: 10_000,
      meanCompletionBasisPoints: 7500,
    });
    expect(indicators.evaluations.chaud).toEqual({
      sent: 1,
      answered: 1,
      responseRateBasisPoints: 10_000,
      meanScoreBasisPoints: 6000,
    });
    expect(indicators.comments).toEqual([{ kind: 'chaud', text: 'Les enquêtes métier' }]);
    await expect(
      getOrganisationIndicators(deps, org.consultant.actor, { from: '2026-01-01', to: '2027-12-31' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets the consultant send the hot one during the conclusion, and marks the checklist item once answered', async () => {
    await sendHotEvaluationNow(deps, org.consultant.actor, bilanId);
    await expect(sendHotEvaluationNow(deps, org.consultant.actor, bilanId)).rejects.toMatchObject({
      code: 'follow_up_refused',
    });
    const token = linkIn((await outbox('evaluation_chaud'))[0]?.text_body ?? '');
    await answerEvaluation(deps, token, {
      answers: { attentes: 4, accompagnement: 4, outils: 4, rythme: 4, projet: 4, recommandation: 'oui' },
    });
    const bilan = await deps.db.selectFrom('bilans').selectAll().where('id', '=', bilanId).executeTakeFirstOrThrow();
    expect(
      (await bilanChecklist(deps.db, bilan)).checklist?.items.find((i) => i.code === 'hot_evaluation_done')?.met,
    ).toBe(true);
    await close('2026-11-30T16:00:00Z');
    expect((await sweep('2026-11-30T17:00:00Z')).evaluationsSent).toBe(0);
  });
});

describe('EDOF declarations (CPF)', () => {
  it('writes down entry and exit with a 3-working-day deadline, reminds once, and records the declaration', async () => {
    const first = await sweep('2026-11-23T10:00:00Z');
    expect(first.edofReminders).toBe(1); // entry: the first signed séance, 2026-09-07 (a Monday)
    expect((await sweep('2026-11-23T10:15:00Z')).edofReminders).toBe(0);
    let view = await getAfterBilan(deps, org.consultant.actor, bilanId);
    expect(view.edof).toEqual([
      { kind: 'entry', eventOn: '2026-09-07', deadline: '2026-09-10', state: 'overdue', declaredOn: null },
    ]);

    await close('2026-12-24T16:00:00Z'); // Thursday before Christmas: 25 Dec is a holiday, so 3 working days end on Wed 30
    expect((await sweep('2026-12-24T17:00:00Z')).edofReminders).toBe(1);
    view = await getAfterBilan(deps, org.consultant.actor, bilanId);
    expect(view.edof.find((d) => d.kind === 'exit')).toMatchObject({
      eventOn: '2026-12-24',
      deadline: '2026-12-30',
      state: 'pending',
    });
    expect((await outbox('edof_reminder')).map((m) => m.to_address)).toEqual([
      org.consultant.email,
      org.consultant.email,
    ]);

    deps.clock.set('2026-12-28T10:00:00Z');
    await expect(
      markEdofDeclared(deps, org.consultant.actor, bilanId, { kind: 'exit', declaredOn: '2026-12-29' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      markEdofDeclared(deps, org.consultant.actor, bilanId, { kind: 'exit', declaredOn: '2026-12-23' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await markEdofDeclared(deps, org.consultant.actor, bilanId, { kind: 'exit', declaredOn: '2026-12-28' });
    await expect(
      markEdofDeclared(deps, org.consultant.actor, bilanId, { kind: 'exit', declaredOn: '2026-12-28' }),
    ).rejects.toMatchObject({ code: 'follow_up_refused' });
    view = await getAfterBilan(deps, org.consultant.actor, bilanId);
    expect(view.edof.find((d) => d.kind === 'exit')).toMatchObject({
      state: 'declared_on_time',
      declaredOn: '2026-12-28',
    });
    // The beneficiary does not see the EDOF tasks.
    expect((await getAfterBilan(deps, beneficiary.actor, bilanId)).edof).toEqual([]);
  });

  it('asks nothing for a bilan that is not CPF-funded', async () => {
    await deps.db.updateTable('bilans').set({ financing: 'self_funded' }).where('id', '=', bilanId).execute();
    await close('2026-11-30T16:00:00Z');
    expect((await sweep('2026-12-01T10:00:00Z')).edofReminders).toBe(0);
  });
});
