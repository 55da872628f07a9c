/**
 * Withdrawing the approval of the synthesis (decision 052) on a real PostgreSQL: approve →
 * withdraw → the consultant writes again and publishes → the beneficiary approves the new version
 * (a second approval row, the first kept as evidence); refused after the delivery and after the
 * closure (409, nothing changed); the consultant gets 403, anyone else 404; forty at once give one
 * withdrawal; hostile messages are answered 422 at the edge with nothing changed; the destruction
 * at the end empties a withdrawal's message and keeps the approvals.
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
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { snapshotTables } from '../../../tests/support/table-snapshot.ts';
import type { Actor } from '../../platform/deps.ts';
import type { AppError } from '../../shared/errors.ts';
import type { SyntheseView } from '../contracts/schemas.ts';
import { isSynthesisDelivered, loadSyntheseForShare } from '../data/synthese-content.ts';
import { destroySyntheseContent } from '../data/synthese-destruction.ts';
import { approveVersion } from './approve-version.ts';
import { getSynthese } from './get-synthese.ts';
import { publishVersion } from './publish-version.ts';
import { recordDelivery } from './record-delivery.ts';
import { saveSection } from './save-section.ts';
import { withdrawSyntheseApproval } from './withdraw-synthese-approval.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;
let beneficiaryName: string;

const syntheseTables = async () =>
  Object.fromEntries(
    Object.entries(await snapshotTables(deps.db)).filter(
      ([t]) => t.startsWith('synthese') || t === 'audit_events' || t === 'outbox_emails',
    ),
  );

const consultant = () => org.consultant.actor;
const view = (actor: Actor = consultant()) => getSynthese(deps, actor, bilanId);
const revisions = (v: SyntheseView) => Object.fromEntries(v.draft!.map((s) => [s.key, s.revision]));
const publish = async () =>
  (await publishVersion(deps, consultant(), bilanId, { revisions: revisions(await view()) })).version;
const approve = (version: { id: string; sha256: string }) =>
  approveVersion(deps, beneficiary.actor, bilanId, version.id, {
    signedName: beneficiaryName,
    consent: true,
    sha256: version.sha256,
  });
const withdraw = (message: string | null = null, actor: Actor = beneficiary.actor) =>
  withdrawSyntheseApproval(deps, actor, bilanId, { message });
const auditActions = async () =>
  (
    await deps.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('organisation_id', '=', org.id)
      .where('action', 'like', 'synthese.%')
      .orderBy('occurred_at')
      .orderBy('id')
      .execute()
  ).map((r) => r.action);

async function approvedOnce() {
  await saveSection(deps, consultant(), bilanId, 'suivi', { revision: 0, text: 'Un entretien de suivi à six mois.' });
  const version = await publish();
  await approve(version);
  return version;
}

beforeEach(async () => {
  deps = testDeps('2026-11-23T09:00:00Z');
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  const user = await deps.db
    .selectFrom('users')
    .select(['first_name', 'last_name'])
    .where('id', '=', beneficiary.id)
    .executeTakeFirstOrThrow();
  beneficiaryName = `${user.first_name} ${user.last_name}`;
  bilanId = await insertBilan(deps, org, beneficiary, { phase: 'conclusion' });
});

describe('withdrawing the approval of the synthesis', () => {
  it('reopens the synthesis: the consultant corrects and publishes, the beneficiary approves the new version', async () => {
    const v1 = await approvedOnce();
    expect((await view(beneficiary.actor)).can.withdrawApproval).toBe(true);
    expect((await view()).can.withdrawApproval).toBe(false);
    expect(await loadSyntheseForShare(deps.db, org.id, bilanId)).not.toBeNull();
    // Approved: nothing changes any more.
    expect(
      (await refusal(saveSection(deps, consultant(), bilanId, 'suivi', { revision: 1, text: 'Corrigé.' }))).code,
    ).toBe('synthese_already_approved');

    deps.clock.set('2026-11-24T10:00:00Z');
    const { synthese } = await withdraw('La date de fin est erronée : c’est le 30 novembre.');
    expect(synthese).toMatchObject({
      approval: null,
      withdrawals: [
        {
          versionNumber: 1,
          signedName: beneficiaryName,
          signedAt: '2026-11-23T09:00:00.000Z',
          withdrawnAt: '2026-11-24T10:00:00.000Z',
          message: 'La date de fin est erronée : c’est le 30 novembre.',
        },
      ],
      can: { withdrawApproval: false, approve: true, comment: true },
    });
    expect(synthese.versions[0]!.approval).toBeNull();
    // The consultant sees it, and may write again.
    const seen = await view();
    expect(seen.editable).toBe(true);
    expect(seen.withdrawals[0]!.message).toBe('La date de fin est erronée : c’est le 30 novembre.');
    // Not approved any more: no share, no delivery.
    expect(await loadSyntheseForShare(deps.db, org.id, bilanId)).toBeNull();
    expect(
      (await refusal(recordDelivery(deps, consultant(), bilanId, { channel: 'email', deliveredOn: '2026-11-24' })))
        .code,
    ).toBe('synthese_not_approved');
    // Nothing more to withdraw.
    expect((await refusal(withdraw())).code).toBe('synthese_approval_not_running');

    await saveSection(deps, consultant(), bilanId, 'suivi', {
      revision: revisions(seen).suivi!,
      text: 'Un entretien de suivi à six mois, après la fin du bilan le 30 novembre.',
    });
    const v2 = await publish();
    expect(v2.number).toBe(2);
    // The first version is no longer the one to approve.
    expect((await refusal(approve(v1))).code).toBe('synthese_version_changed');
    const { approval } = await approve(v2);
    expect(approval).toMatchObject({ versionNumber: 2 });
    const after = await view();
    expect(after).toMatchObject({
      editable: false,
      approval: { versionNumber: 2 },
      withdrawals: [{ versionNumber: 1 }],
    });
    const rows = await deps.db
      .selectFrom('synthese_approvals')
      .select(['version_id', 'withdrawn_at'])
      .where('organisation_id', '=', org.id)
      .orderBy('signed_at')
      .execute();
    expect(rows).toEqual([
      { version_id: v1.id, withdrawn_at: new Date('2026-11-24T10:00:00Z') },
      { version_id: v2.id, withdrawn_at: null },
    ]);
    const shared = await loadSyntheseForShare(deps.db, org.id, bilanId);
    expect(JSON.stringify(shared)).toContain('30 novembre');

    // Delivered: the approval of v2 stays.
    await recordDelivery(deps, consultant(), bilanId, { channel: 'email', deliveredOn: '2026-11-24' });
    expect(await isSynthesisDelivered(deps.db, bilanId)).toBe(true);
    expect((await view(beneficiary.actor)).can.withdrawApproval).toBe(false);

    const audit = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'subject_id', 'details'])
      .where('organisation_id', '=', org.id)
      .where('action', '=', 'synthese.approval_withdrawn')
      .execute();
    expect(audit).toEqual([
      {
        action: 'synthese.approval_withdrawn',
        subject_id: v1.id,
        details: { number: 1, sha256: v1.sha256, withMessage: true },
      },
    ]);
    expect(await auditActions()).toEqual([
      'synthese.published',
      'synthese.approved',
      'synthese.approval_withdrawn',
      'synthese.published',
      'synthese.approved',
      'synthese.delivered',
    ]);

    // The destruction at the end empties the message, keeps both approvals.
    await destroySyntheseContent(deps.db, { bilanId, organisationId: org.id });
    const kept = await deps.db
      .selectFrom('synthese_approvals')
      .select(['withdrawn_message', 'signed_name'])
      .where('organisation_id', '=', org.id)
      .execute();
    expect(kept).toHaveLength(2);
    expect(kept.every((a) => a.withdrawn_message === null && a.signed_name === beneficiaryName)).toBe(true);
  });

  it('is refused once the delivery is recorded, and once the bilan has ended, changing nothing', async () => {
    await approvedOnce();
    await recordDelivery(deps, consultant(), bilanId, { channel: 'remise_en_main_propre', deliveredOn: '2026-11-23' });
    let before = await syntheseTables();
    const delivered = await refusal(withdraw('Une erreur.'));
    expect(delivered.code).toBe('synthese_approval_delivered');
    expect(delivered.status).toBe(409);
    expect(delivered.message).toBe(
      'La synthèse vous a déjà été remise : votre approbation ne peut plus être retirée. Parlez-en à votre consultant·e.',
    );
    expect(await syntheseTables()).toEqual(before);

    await deps.db.updateTable('bilans').set({ phase: 'cloture' }).where('id', '=', bilanId).execute();
    before = await syntheseTables();
    const closed = await refusal(withdraw());
    expect(closed.code).toBe('bilan_closed');
    expect(closed.status).toBe(409);
    expect(await syntheseTables()).toEqual(before);
  });

  it('is refused on an ended bilan even before any delivery', async () => {
    await approvedOnce();
    await deps.db.updateTable('bilans').set({ phase: 'abandonne' }).where('id', '=', bilanId).execute();
    const before = await syntheseTables();
    expect((await refusal(withdraw())).code).toBe('bilan_closed');
    expect(await syntheseTables()).toEqual(before);
  });

  it('answers 409 when nothing is approved', async () => {
    expect((await refusal(withdraw())).code).toBe('synthese_approval_not_running');
    await saveSection(deps, consultant(), bilanId, 'suivi', { revision: 0, text: 'Un entretien de suivi.' });
    await publish();
    const before = await syntheseTables();
    expect((await refusal(withdraw())).code).toBe('synthese_approval_not_running');
    expect(await syntheseTables()).toEqual(before);
  });

  it('belongs to the beneficiary: the consultant gets 403, anyone else 404', async () => {
    await approvedOnce();
    const before = await syntheseTables();
    const colleague = await createUser(deps, org.id, 'consultant');
    for (const actor of [consultant(), colleague.actor, org.admin.actor])
      expect((await refusal(withdraw(null, actor))).code).toBe('forbidden');
    const other = await createOrganisation(deps);
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary');
    const foreignBeneficiary = await createUser(deps, other.id, 'beneficiary');
    for (const actor of [otherBeneficiary.actor, foreignBeneficiary.actor])
      expect((await refusal(withdraw(null, actor))).code).toBe('not_found');
    // Another organisation's beneficiary naming their own bilan's id elsewhere: still 404 here.
    const foreignBilan = await insertBilan(deps, other, foreignBeneficiary, { phase: 'conclusion' });
    expect(
      (await refusal(withdrawSyntheseApproval(deps, beneficiary.actor, foreignBilan, { message: null }))).code,
    ).toBe('not_found');
    expect(await syntheseTables()).toEqual(before);
  });

  it('lets one of 40 simultaneous withdrawals through, the others get 409', async () => {
    await approvedOnce();
    const results = await Promise.allSettled(Array.from({ length: 40 }, (_, n) => withdraw(`Retrait ${n}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected'))
      expect((r.reason as AppError).code).toBe('synthese_approval_not_running');
    const rows = await deps.db
      .selectFrom('synthese_approvals')
      .select('withdrawn_at')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.withdrawn_at).not.toBeNull();
    expect((await auditActions()).filter((a) => a === 'synthese.approval_withdrawn')).toHaveLength(1);
  });
});

describe('withdrawing the approval over HTTP', () => {
  const UNSAFE =
    'Ce texte contient des caractères invisibles ou non autorisés : retapez-le ou collez-le sans mise en forme.';

  it('refuses a hostile message with a French message on the field, changing nothing; then withdraws', async () => {
    await approvedOnce();
    const app = testApp(deps);
    const cookie = await loginAs(app, beneficiary.email);
    const consultantCookie = await loginAs(app, org.consultant.email);
    const path = `/api/bilans/${bilanId}/synthese/approval/withdraw`;
    const before = await syntheseTables();
    const refusals: [unknown, Record<string, string>][] = [
      [{ message: 'avant\u0000après' }, { message: UNSAFE }],
      [{ message: 'demi \uD800 caractère' }, { message: UNSAFE }],
      [
        { message: 'é'.repeat(200_000) },
        {
          message:
            'Le message ne doit pas dépasser 2\u00a0000 caractères (200\u00a0000 saisis) : raccourcissez le texte.',
        },
      ],
      [{ message: 42 }, { message: 'Le message doit être un texte.' }],
    ];
    for (const [body, fields] of refusals) {
      const response = await call(app, 'POST', path, { cookie, body });
      expect(response.status).toBe(422);
      expect(response.body.error.fields).toMatchObject(fields);
    }
    expect(await syntheseTables()).toEqual(before);

    expect((await call(app, 'POST', path, { cookie: consultantCookie, body: {} })).status).toBe(403);
    expect(await syntheseTables()).toEqual(before);

    const done = await call(app, 'POST', path, { cookie, body: { message: '  ' } });
    expect(done.status).toBe(200);
    expect(done.body.synthese.withdrawals[0].message).toBeNull();
    const again = await call(app, 'POST', path, { cookie, body: {} });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      'La synthèse n’est pas approuvée en ce moment : il n’y a pas d’approbation à retirer.',
    );
  });
});
