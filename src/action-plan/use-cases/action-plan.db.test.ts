/**
 * The action plan against a real database (issue 14, decision 042): steps linked to a piste and
 * its training need, read by horizon; links forgotten when the piste or the need goes; twenty saves
 * of one revision at once; the checklist's fact; an ended bilan (read, the beneficiary's status
 * changes, nothing else); the export; the cascade with the bilan; and who may reach it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../../tests/support/table-snapshot.ts';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { attestItem } from '../../bilans/use-cases/attest-item.ts';
import { getChecklist } from '../../bilans/use-cases/get-checklist.ts';
import { PisteSchema, TrainingNeedSchema } from '../../exploration/contracts/schemas.ts';
import { deletePiste } from '../../exploration/use-cases/delete-piste.ts';
import { deleteTrainingNeed } from '../../exploration/use-cases/delete-training-need.ts';
import { savePiste } from '../../exploration/use-cases/save-piste.ts';
import { saveTrainingNeed } from '../../exploration/use-cases/save-training-need.ts';
import type { Actor } from '../../platform/deps.ts';
import type { AppError } from '../../shared/errors.ts';
import { ActionStepSchema, type ActionStepInput } from '../contracts/schemas.ts';
import { listActionSteps } from '../data/action-plan-read.ts';
import { groupByHorizon } from '../domain/model.ts';
import { deleteActionStep } from './delete-action-step.ts';
import { exportActionPlan } from './export-action-plan.ts';
import { getActionPlan } from './get-action-plan.ts';
import { moveActionStep } from './move-action-step.ts';
import { saveActionStep } from './save-action-step.ts';
import { setStepStatus } from './set-step-status.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

const step = (input: ActionStepInput, actor: Actor = beneficiary.actor, bilan = bilanId) =>
  saveActionStep(deps, actor, bilan, ActionStepSchema.parse(input));
const pisteOf = async (title: string, bilan = bilanId, actor: Actor = beneficiary.actor) =>
  (await savePiste(deps, actor, bilan, PisteSchema.parse({ kind: 'free_project', title }))).piste;
const needOf = async (pisteId: string, content: string) =>
  (await saveTrainingNeed(deps, beneficiary.actor, bilanId, TrainingNeedSchema.parse({ pisteId, content })))
    .trainingNeed;

const stepsTable = async () => (await snapshotTables(deps.db))['action_plan_steps'];

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary', 'plan');
  bilanId = await insertBilan(deps, org, beneficiary);
});

describe('the steps of the plan', () => {
  it('links a step to a piste and its training need, reads them by horizon, forgets a link that goes', async () => {
    const libraire = await pisteOf('Libraire indépendante');
    const other = await pisteOf('Guide de musée');
    const need = await needOf(libraire.id, 'Gestion d’un commerce');
    const { step: training } = await step({
      horizon: 'moyen',
      what: 'Suivre la formation « Gérer une librairie »',
      who: 'Moi, avec l’INFL',
      byWhen: '2027-09-30',
      resources: 'Catalogue de l’INFL',
      funding: 'cpf',
      // The training need brings its piste.
      trainingNeedId: need.id,
    });
    expect(training).toMatchObject({
      horizon: 'moyen',
      byWhen: '2027-09-30',
      funding: 'cpf',
      status: 'a_faire',
      piste: { id: libraire.id, title: 'Libraire indépendante' },
      trainingNeed: { id: need.id, content: 'Gestion d’un commerce' },
      revision: 1,
    });
    await step({ horizon: 'long', what: 'Ouvrir la librairie', pisteId: libraire.id }, org.consultant.actor);
    await step({ horizon: 'court', what: 'Rencontrer deux libraires' });
    const plan = await getActionPlan(deps, org.consultant.actor, bilanId);
    expect([plan.editable, plan.statusEditable]).toEqual([true, true]);
    expect(plan.steps.map((s) => [s.horizon, s.what])).toEqual([
      ['court', 'Rencontrer deux libraires'],
      ['moyen', 'Suivre la formation « Gérer une librairie »'],
      ['long', 'Ouvrir la librairie'],
    ]);
    expect(groupByHorizon(plan.steps).map((g) => [g.label, g.steps.length])).toEqual([
      ['À court terme', 1],
      ['À moyen terme', 1],
      ['À long terme', 1],
    ]);
    expect(plan.steps[2]!.createdBy.role).toBe('consultant');

    // A training need of another piste, a piste of another bilan: refused, nothing changed.
    const before = await stepsTable();
    const mismatch = await refusal(
      step({ horizon: 'court', what: 'Se renseigner', pisteId: other.id, trainingNeedId: need.id }),
    );
    expect(mismatch.fields).toEqual({
      trainingNeedId: 'Ce besoin de formation relève d’une autre piste : choisissez-en un de cette piste.',
    });
    const elsewhere = await insertBilan(deps, org, await createUser(deps, org.id, 'beneficiary', 'ailleurs'));
    const foreignPiste = await pisteOf('Ébéniste', elsewhere, org.consultant.actor);
    expect((await refusal(step({ horizon: 'court', what: 'X', pisteId: foreignPiste.id }))).status).toBe(404);
    expect(await stepsTable()).toEqual(before);

    // The need deleted, then the piste: the steps stay, without their links.
    await deleteTrainingNeed(deps, beneficiary.actor, bilanId, need.id);
    let steps = await listActionSteps(deps.db, org.id, bilanId);
    expect(steps[1]).toMatchObject({ piste: { title: 'Libraire indépendante' }, trainingNeed: null });
    await deletePiste(deps, beneficiary.actor, bilanId, libraire.id);
    steps = await listActionSteps(deps.db, org.id, bilanId);
    expect(steps.map((s) => [s.what, s.piste, s.trainingNeed])).toEqual([
      ['Rencontrer deux libraires', null, null],
      ['Suivre la formation « Gérer une librairie »', null, null],
      ['Ouvrir la librairie', null, null],
    ]);
  });

  it('gives exactly one success to forty saves of one revision; the others get the current version', async () => {
    const { step: s } = await step({ horizon: 'court', what: 'Mettre à jour mon CV' });
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, n) =>
        step(
          { id: s.id, revision: 1, horizon: 'court', what: `Mettre à jour mon CV (version ${n})` },
          n % 2 ? org.consultant.actor : beneficiary.actor,
        ),
      ),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect([won.length, lost.length]).toEqual([1, 39]);
    const winner = (won[0] as PromiseFulfilledResult<{ step: { what: string } }>).value.step.what;
    for (const { reason } of lost) {
      expect((reason as AppError).code).toBe('action_plan_stale');
      expect((reason as AppError).details).toMatchObject({ current: { revision: 2, what: winner } });
    }
    // A status change on a stale revision is refused the same way; on the current one it passes.
    expect(
      (await refusal(setStepStatus(deps, beneficiary.actor, bilanId, s.id, { revision: 1, status: 'faite' }))).code,
    ).toBe('action_plan_stale');
    const { step: done } = await setStepStatus(deps, beneficiary.actor, bilanId, s.id, {
      revision: 2,
      status: 'faite',
    });
    expect([done.status, done.revision, done.what]).toEqual(['faite', 3, winner]);
    // A creation retried after a lost answer is recognised, not doubled.
    const id = '5d0c1a9e-7b3f-4c2a-8e1d-2f4a6b8c0d1e';
    await step({ id, horizon: 'long', what: 'Passer le permis' });
    expect((await refusal(step({ id, horizon: 'long', what: 'Passer le permis' }))).code).toBe('action_plan_stale');
    expect((await getActionPlan(deps, beneficiary.actor, bilanId)).steps).toHaveLength(2);
  });
});

describe('the order of the steps', () => {
  it('moves a step within its horizon only; nothing at either end; no revision changes', async () => {
    const a = (await step({ horizon: 'court', what: 'A' })).step;
    await step({ horizon: 'moyen', what: 'M' });
    const b = (await step({ horizon: 'court', what: 'B' })).step;
    const c = (await step({ horizon: 'court', what: 'C' })).step;
    const order = async () => (await getActionPlan(deps, beneficiary.actor, bilanId)).steps.map((s) => s.what);
    expect(await order()).toEqual(['A', 'B', 'C', 'M']);
    await moveActionStep(deps, org.consultant.actor, bilanId, c.id, { direction: 'up' });
    expect(await order()).toEqual(['A', 'C', 'B', 'M']);
    await moveActionStep(deps, beneficiary.actor, bilanId, a.id, { direction: 'up' });
    // B is the last of the short term: the medium-term step after it is not its neighbour.
    await moveActionStep(deps, beneficiary.actor, bilanId, b.id, { direction: 'down' });
    expect(await order()).toEqual(['A', 'C', 'B', 'M']);
    expect((await getActionPlan(deps, beneficiary.actor, bilanId)).steps.map((s) => s.revision)).toEqual([1, 1, 1, 1]);
  });
});

describe('the closure checklist, an ended bilan, the export, the cascade', () => {
  it('counts the plan as defined once it has a step (a fact, not an attestation)', async () => {
    await deps.db.updateTable('bilans').set({ phase: 'conclusion' }).where('id', '=', bilanId).execute();
    const item = async () =>
      (await getChecklist(deps, org.consultant.actor, bilanId)).items.find((i) => i.code === 'action_plan_defined');
    expect(await item()).toMatchObject({ met: false, attestable: false });
    expect(
      (await refusal(attestItem(deps, org.consultant.actor, bilanId, { item: 'action_plan_defined', met: true }))).code,
    ).toBe('validation_failed');
    const { step: s } = await step({
      horizon: 'court',
      what: 'Prendre rendez-vous avec le conseiller en évolution professionnelle',
    });
    expect(await item()).toMatchObject({ met: true });
    await deleteActionStep(deps, org.consultant.actor, bilanId, s.id);
    expect(await item()).toMatchObject({ met: false });
    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'details'])
      .where('bilan_id', '=', bilanId)
      .execute();
    expect(audit).toEqual([{ action: 'action_plan.step_deleted', subject_id: s.id, details: { horizon: 'court' } }]);
  });

  it('after the bilan: both read, only the beneficiary changes a status; exported; destroyed with the bilan', async () => {
    const { step: s } = await step({ horizon: 'court', what: 'Candidater à trois librairies', funding: 'employer' });
    await deps.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', bilanId).execute();
    const before = await stepsTable();
    for (const attempt of [
      () => step({ id: s.id, revision: 1, horizon: 'court', what: 'Autre chose' }),
      () => step({ horizon: 'long', what: 'Nouvelle étape' }),
      () => deleteActionStep(deps, beneficiary.actor, bilanId, s.id),
      () => moveActionStep(deps, beneficiary.actor, bilanId, s.id, { direction: 'up' }),
    ])
      expect((await refusal(attempt())).code).toBe('bilan_closed');
    expect(
      (await refusal(setStepStatus(deps, org.consultant.actor, bilanId, s.id, { revision: 1, status: 'faite' }))).code,
    ).toBe('action_plan_ended');
    expect(await stepsTable()).toEqual(before);
    const consultantView = await getActionPlan(deps, org.consultant.actor, bilanId);
    expect([consultantView.editable, consultantView.statusEditable, consultantView.steps.length]).toEqual([
      false,
      false,
      1,
    ]);
    const own = await getActionPlan(deps, beneficiary.actor, bilanId);
    expect([own.editable, own.statusEditable]).toEqual([false, true]);
    const { step: marked } = await setStepStatus(deps, beneficiary.actor, bilanId, s.id, {
      revision: 1,
      status: 'en_cours',
    });
    expect(marked.status).toBe('en_cours');

    const file = await exportActionPlan(deps, beneficiary.actor, bilanId);
    expect([file.filename, file.contentType]).toEqual(['plan-d-action.json', 'application/json; charset=utf-8']);
    const exported = JSON.parse(new TextDecoder().decode(file.bytes)) as Record<string, unknown>;
    expect(exported).toMatchObject({
      format: 'sillage.action-plan',
      version: 1,
      bilanId,
      steps: [
        {
          horizon: 'court',
          horizonLabel: 'À court terme',
          what: 'Candidater à trois librairies',
          funding: 'employer',
          fundingLabel: 'Employeur (plan de développement des compétences)',
          status: 'en_cours',
          statusLabel: 'En cours',
          piste: null,
        },
      ],
    });
    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('action', '=', 'action_plan.exported')
      .where('bilan_id', '=', bilanId)
      .execute();
    expect(audit).toEqual([{ action: 'action_plan.exported', details: { steps: 1 } }]);

    await deps.db.deleteFrom('bilans').where('id', '=', bilanId).execute();
    expect(
      await deps.db.selectFrom('action_plan_steps').select('id').where('bilan_id', '=', bilanId).execute(),
    ).toEqual([]);
  });

  it('refuses, in the database, a step pointing at a piste of another bilan', async () => {
    const elsewhere = await insertBilan(deps, org, await createUser(deps, org.id, 'beneficiary', 'ailleurs'));
    const foreign = await pisteOf('Ébéniste', elsewhere, org.consultant.actor);
    await expect(
      deps.db
        .insertInto('action_plan_steps')
        .values({
          organisation_id: org.id,
          bilan_id: bilanId,
          horizon: 'court',
          what: 'X',
          status: 'a_faire',
          piste_id: foreign.id,
          position: 0,
          created_by: org.consultant.id,
          created_at: new Date(),
          updated_by: org.consultant.id,
          updated_at: new Date(),
          revision: 1,
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23503' });
  });
});

describe('who may reach it', () => {
  it('lets the beneficiary and their consultant in; 403 for admins, 404 for everyone else, nothing changed', async () => {
    const { step: s } = await step({ horizon: 'court', what: 'Rencontrer deux libraires' });
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary', 'autre');
    const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
    const elsewhere = await createOrganisation(deps);
    const before = await stepsTable();
    for (const [actor, status] of [
      [org.admin.actor, 403],
      [otherBeneficiary.actor, 404],
      [colleague.actor, 404],
      [elsewhere.consultant.actor, 404],
      [elsewhere.admin.actor, 403],
    ] as const) {
      expect((await refusal(getActionPlan(deps, actor, bilanId))).status).toBe(status);
      expect((await refusal(step({ id: s.id, revision: 1, horizon: 'court', what: 'Pris' }, actor))).status).toBe(
        status,
      );
      expect((await refusal(setStepStatus(deps, actor, bilanId, s.id, { revision: 1, status: 'faite' }))).status).toBe(
        status,
      );
      expect((await refusal(deleteActionStep(deps, actor, bilanId, s.id))).status).toBe(status);
      expect((await refusal(moveActionStep(deps, actor, bilanId, s.id, { direction: 'up' }))).status).toBe(status);
      expect((await refusal(exportActionPlan(deps, actor, bilanId))).status).toBe(status);
    }
    expect(await stepsTable()).toEqual(before);
  });
});
