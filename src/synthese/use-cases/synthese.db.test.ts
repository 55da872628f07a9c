/**
 * The document de synthèse on the database (issue 14, decision 043), the real path to the
 * closure: pre-fill → accept → publish → comment → answer → publish v2 → approve → deliver →
 * close the bilan → certificate of completion → the after-bilan sweep plans the follow-up, the
 * EDOF exit and the évaluation à froid. Then refusals with nothing half-done: a stale approval,
 * a delivery before approval, over-long and unsafe text, 20 approvals at once, and who may do what.
 */
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { snapshotTables } from '../../../tests/support/table-snapshot.ts';
import { RIASEC_DEFINITION } from '../../instruments/domain/riasec/definition.ts';
import { RIASEC_SOURCE } from '../../instruments/domain/riasec/items.ts';
import type { Actor } from '../../platform/deps.ts';
import type { AppError } from '../../shared/errors.ts';
import { changeBilanPhase } from '../../bilans/use-cases/change-bilan-phase.ts';
import { offerFollowUp } from '../../after/use-cases/offer-follow-up.ts';
import { answerFollowUp } from '../../after/use-cases/answer-follow-up.ts';
import { sweepAfterBilan } from '../../after/use-cases/sweep-after-bilan.ts';
import { getChecklist } from '../../bilans/use-cases/get-checklist.ts';
import {
  ApproveVersionSchema,
  CommentSectionSchema,
  SaveSectionSchema,
  type SyntheseView,
} from '../contracts/schemas.ts';
import { loadSyntheseForShare } from '../data/synthese-content.ts';
import { acknowledgeDelivery } from './acknowledge-delivery.ts';
import { answerComment } from './answer-comment.ts';
import { approveVersion } from './approve-version.ts';
import { commentSection } from './comment-section.ts';
import { decideProposal } from './decide-proposal.ts';
import { exportSynthese } from './export-synthese.ts';
import { getSynthese } from './get-synthese.ts';
import { publishVersion } from './publish-version.ts';
import { recordDelivery } from './record-delivery.ts';
import { refreshProposals } from './refresh-proposals.ts';
import { saveSection } from './save-section.ts';
import { refusal } from '../../../tests/support/refusal.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;
let beneficiaryName: string;

const TABLES = [
  'syntheses',
  'synthese_sections',
  'synthese_proposals',
  'synthese_versions',
  'synthese_comments',
  'synthese_approvals',
  'audit_events',
  'outbox_emails',
];
const tables = async () => {
  const all = await snapshotTables(deps.db);
  return Object.fromEntries(TABLES.map((t) => [t, all[t]]));
};

const consultant = () => org.consultant.actor;
const view = (actor: Actor = consultant()) => getSynthese(deps, actor, bilanId);
const revisions = (v: SyntheseView) => Object.fromEntries(v.draft!.map((s) => [s.key, s.revision]));
const publish = async () => publishVersion(deps, consultant(), bilanId, { revisions: revisions(await view()) });
const auditActions = async () =>
  (
    await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('organisation_id', '=', org.id)
      .where('action', 'like', 'synthese.%')
      .orderBy('occurred_at')
      .execute()
  ).map((r) => r.action);

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
  const now = deps.clock.now();
  const bilan = await deps.db
    .insertInto('bilans')
    .values({
      organisation_id: org.id,
      beneficiary_id: beneficiary.id,
      consultant_id: org.consultant.id,
      financing: 'cpf',
      planned_accompaniment_minutes: 1200,
      accompaniment_done_minutes: 1200,
      phase: 'conclusion',
      created_at: '2026-09-01T08:00:00Z',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  bilanId = bilan.id;
  for (const [phase, day] of [
    ['preliminaire', '2026-09-07'],
    ['conclusion', '2026-11-20'],
  ] as const)
    await deps.db
      .insertInto('seances')
      .values({
        organisation_id: org.id,
        bilan_id: bilanId,
        consultant_id: org.consultant.id,
        phase,
        mode: 'in_person',
        place: 'Bureau',
        starts_at: `${day}T08:00:00Z`,
        ends_at: `${day}T10:00:00Z`,
        status: 'held',
        actual_start_at: `${day}T08:00:00Z`,
        actual_end_at: `${day}T10:00:00Z`,
      })
      .execute();
  await deps.db
    .insertInto('bilan_phase_records')
    .values({
      bilan_id: bilanId,
      organisation_id: org.id,
      need_analysis: 'Vous souhaitez quitter la logistique pour un métier du conseil.',
    })
    .execute();
  const tracked = {
    organisation_id: org.id,
    bilan_id: bilanId,
    position: 0,
    created_by: org.consultant.id,
    created_at: now,
    updated_by: org.consultant.id,
    updated_at: now,
    revision: 1,
  };
  await deps.db
    .insertInto('portfolio_competences')
    .values({
      ...tracked,
      kind: 'savoir_faire',
      label: 'Organiser des tournées',
      label_key: 'organiser des tournees',
      transferable: true,
      origin: 'declared',
    })
    .execute();
  await deps.db
    .insertInto('exploration_pistes')
    .values({
      ...tracked,
      kind: 'free_project',
      title: 'Conseiller en insertion',
      desire: 5,
      favourable_factors: 'Expérience du terrain.',
      unfavourable_factors: 'Salaire plus bas.',
      training_assessment: 'favourable',
      status: 'retenue',
      origin: 'manual',
    })
    .execute();
});

describe('the synthesis, from the dossier to the closure', () => {
  it('is pre-filled, written, commented, approved, delivered, and lets the bilan close as completed', async () => {
    // Before anything: the beneficiary sees nothing.
    const empty = await view(beneficiary.actor);
    expect(empty).toMatchObject({ audience: 'beneficiary', draft: null, versions: [], approval: null, delivery: null });

    // Pre-fill: each passage says where it comes from.
    const { sections } = await refreshProposals(deps, consultant(), bilanId);
    const proposals = sections.flatMap((s) => s.proposals);
    expect(proposals.map((p) => p.source)).toEqual([
      'D’après le dossier du bilan',
      'D’après la phase préliminaire (analyse de la demande et des attentes)',
      'D’après le portfolio',
      'D’après les pistes explorées (« Conseiller en insertion »)',
      'Mention prévue par l’article L6313-4 du Code du travail',
      'Texte type proposé par Sillage (aucune offre de suivi enregistrée)',
    ]);
    expect(proposals[0]!.text).toBe(
      'Votre bilan de compétences a commencé le 07/09/2026. Il est financé par : Compte personnel de formation (CPF), et prévoit 20 heures d’accompagnement.',
    );
    expect(proposals.every((p) => p.status === 'pending')).toBe(true);
    // A second refresh proposes nothing twice.
    expect((await refreshProposals(deps, consultant(), bilanId)).sections.flatMap((s) => s.proposals)).toHaveLength(6);

    const bySource = (source: string) => proposals.find((p) => p.source.startsWith(source))!;
    const accepted = await decideProposal(deps, consultant(), bilanId, bySource('D’après le dossier').id, {
      decision: 'accept',
    });
    expect(accepted.section).toMatchObject({ key: 'circonstances', revision: 1, text: proposals[0]!.text });
    await decideProposal(deps, consultant(), bilanId, bySource('D’après la phase').id, { decision: 'accept' });
    await decideProposal(deps, consultant(), bilanId, bySource('D’après les pistes').id, { decision: 'accept' });
    await decideProposal(deps, consultant(), bilanId, bySource('Mention').id, { decision: 'accept' });
    await decideProposal(deps, consultant(), bilanId, bySource('D’après le portfolio').id, { decision: 'reject' });
    expect(
      (await refusal(decideProposal(deps, consultant(), bilanId, bySource('Mention').id, { decision: 'reject' }))).code,
    ).toBe('synthese_proposal_decided');
    const circonstances = (await view()).draft!.find((s) => s.key === 'circonstances')!;
    expect(circonstances.text).toBe(`${proposals[0]!.text}\n\n${proposals[1]!.text}`);
    expect(circonstances.revision).toBe(2);

    // Nothing is visible to the beneficiary before a version is published.
    const before = JSON.stringify(await view(beneficiary.actor));
    expect(before).not.toContain('logistique');
    expect(before).not.toContain('D’après');

    const v1 = (await publish()).version;
    expect(v1).toMatchObject({ number: 1, diffFromPrevious: null, comments: [] });
    expect(v1.sha256).toMatch(/^[0-9a-f]{64}$/);
    const mails = await deps.db
      .selectFrom('outbox_emails')
      .select(['to_address', 'subject'])
      .where('kind', '=', 'synthese_published')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(mails).toEqual([{ to_address: beneficiary.email, subject: 'Votre document de synthèse est prêt à relire' }]);
    // Publishing the same text again: nothing new.
    expect((await refusal(publish())).code).toBe('synthese_nothing_to_publish');

    // The beneficiary reads v1 (never the proposals still pending) and comments a section.
    const read1 = await view(beneficiary.actor);
    expect(read1.versions.map((v) => v.number)).toEqual([1]);
    expect(JSON.stringify(read1)).not.toContain('Un entretien de suivi vous est proposé');
    expect(read1.can).toMatchObject({ comment: true, approve: true, publish: false });
    const { comment } = await commentSection(
      deps,
      beneficiary.actor,
      bilanId,
      v1.id,
      CommentSectionSchema.parse({ sectionKey: 'projets', text: 'J’ajouterais la piste du bénévolat.' }),
    );
    const answered = await answerComment(deps, consultant(), bilanId, comment.id, {
      answer: 'C’est ajouté dans la version 2.',
      resolved: true,
    });
    expect(answered.comment).toMatchObject({
      resolved: true,
      answer: 'C’est ajouté dans la version 2.',
      versionNumber: 1,
    });

    // The consultant rewrites freely, then publishes v2; the difference is visible.
    const projets = (await view()).draft!.find((s) => s.key === 'projets')!;
    await saveSection(deps, consultant(), bilanId, 'projets', {
      revision: projets.revision,
      text: `${projets.text}\nLe bénévolat dans une association d’insertion.`,
    });
    // A save with the old revision: 409 with the current text.
    const stale = await refusal(
      saveSection(deps, consultant(), bilanId, 'projets', { revision: projets.revision, text: 'x' }),
    );
    expect(stale.code).toBe('synthese_stale');
    expect((stale.details as { current: { text: string } }).current.text).toContain('bénévolat');
    const v2 = (await publish()).version;
    expect(v2.number).toBe(2);
    const read2 = await view(beneficiary.actor);
    const diff = read2.versions[0]!.diffFromPrevious!;
    expect(diff.filter((d) => d.changed).map((d) => d.key)).toEqual(['projets']);
    expect(diff.find((d) => d.key === 'projets')!.parts.filter((p) => p.op === 'insert')).toEqual([
      { op: 'insert', text: '\nLe bénévolat dans une association d’insertion.' },
    ]);
    expect(read2.versions[1]!.comments).toHaveLength(1);

    // Approving v1 (no longer the latest), or v2 with another hash: refused, nothing written.
    const snapshot = await tables();
    const approve = (versionId: string, sha256: string) =>
      approveVersion(
        deps,
        beneficiary.actor,
        bilanId,
        versionId,
        ApproveVersionSchema.parse({ signedName: beneficiaryName, consent: true, sha256 }),
      );
    expect((await refusal(approve(v1.id, v1.sha256))).code).toBe('synthese_version_changed');
    expect((await refusal(approve(v2.id, v1.sha256))).code).toBe('synthese_version_changed');
    const wrongName = await refusal(
      approveVersion(deps, beneficiary.actor, bilanId, v2.id, {
        signedName: 'Quelqu’un d’autre',
        consent: true,
        sha256: v2.sha256,
      }),
    );
    expect(wrongName.code).toBe('validation_failed');
    // Delivery before approval: refused.
    expect(
      (await refusal(recordDelivery(deps, consultant(), bilanId, { channel: 'email', deliveredOn: '2026-11-23' })))
        .code,
    ).toBe('synthese_not_approved');
    expect(await tables()).toEqual(snapshot);
    expect(await loadSyntheseForShare(deps.db, org.id, bilanId)).toBeNull();

    const { approval } = await approve(v2.id, v2.sha256);
    expect(approval).toMatchObject({ versionNumber: 2, sha256: v2.sha256, signedName: beneficiaryName });
    // Once approved, nothing changes any more.
    expect((await refusal(publish())).code).toBe('synthese_already_approved');
    expect(
      (
        await refusal(
          commentSection(deps, beneficiary.actor, bilanId, v2.id, { sectionKey: 'suivi', text: 'Encore une chose.' }),
        )
      ).code,
    ).toBe('synthese_already_approved');
    const shared = await loadSyntheseForShare(deps.db, org.id, bilanId);
    expect(shared?.version).toEqual({ number: 2, approvedOn: '2026-11-23' });
    expect(shared?.sections.find((s) => s.key === 'projets')?.paragraphs.join('\n')).toContain('bénévolat');

    // Before the delivery, the closure is refused for it.
    await offerFollowUp(deps, consultant(), bilanId);
    await answerFollowUp(deps, beneficiary.actor, bilanId, { response: 'accepted' });
    const checklist = await getChecklist(deps, consultant(), bilanId);
    expect(JSON.stringify(checklist)).toContain('synthesis_delivered');
    expect((await refusal(changeBilanPhase(deps, consultant(), bilanId, { to: 'cloture' }))).code).toBe(
      'transition_refused',
    );

    // A delivery in the future is refused; then recorded.
    expect(
      (await refusal(recordDelivery(deps, consultant(), bilanId, { channel: 'email', deliveredOn: '2026-11-24' })))
        .code,
    ).toBe('validation_failed');
    const { delivery } = await recordDelivery(deps, consultant(), bilanId, {
      channel: 'remise_en_main_propre',
      deliveredOn: '2026-11-23',
    });
    expect(delivery).toMatchObject({
      channel: 'remise_en_main_propre',
      channelLabel: 'Remise en main propre',
      acknowledgedAt: null,
    });
    expect(
      (await refusal(recordDelivery(deps, consultant(), bilanId, { channel: 'email', deliveredOn: '2026-11-23' })))
        .code,
    ).toBe('synthese_already_delivered');

    // The closure now works: the certificate says the bilan was completed.
    deps.clock.set('2026-11-30T16:00:00Z');
    await changeBilanPhase(deps, consultant(), bilanId, { to: 'cloture' });
    const certificate = await deps.db
      .selectFrom('bilan_documents')
      .select('render_data')
      .where('bilan_id', '=', bilanId)
      .where('kind', '=', 'certificat_realisation')
      .executeTakeFirstOrThrow();
    const certificateText = JSON.stringify(certificate.render_data);
    expect(certificateText).toContain('Bilan mené à son terme');
    expect(certificateText).not.toContain('interrompu');
    // No administrative document carries any of the synthesis.
    expect(certificateText).not.toContain('bénévolat');
    expect(certificateText).not.toContain('logistique');

    // The beneficiary acknowledges afterwards (it never held the closure back).
    const acknowledged = await acknowledgeDelivery(deps, beneficiary.actor, bilanId);
    expect(acknowledged.delivery.acknowledgedAt).toBe('2026-11-30T16:00:00.000Z');

    // After the bilan: the sweep plans the follow-up and the EDOF exit, then the évaluation à froid.
    await sweepAfterBilan(deps, new Date('2026-12-01T07:00:00Z'));
    const followUp = await deps.db
      .selectFrom('follow_ups')
      .select('due_on')
      .where('bilan_id', '=', bilanId)
      .executeTakeFirstOrThrow();
    expect(followUp.due_on).toBe('2027-05-30');
    const edof = await deps.db
      .selectFrom('edof_declarations')
      .select(['kind', 'event_on'])
      .where('bilan_id', '=', bilanId)
      .orderBy('kind')
      .execute();
    expect(edof).toEqual([
      { kind: 'entry', event_on: '2026-09-07' },
      { kind: 'exit', event_on: '2026-11-30' },
    ]);
    await sweepAfterBilan(deps, new Date('2027-05-30T10:00:00Z'));
    const cold = await deps.db
      .selectFrom('evaluations')
      .select('kind')
      .where('bilan_id', '=', bilanId)
      .where('kind', '=', 'froid')
      .execute();
    expect(cold).toHaveLength(1);

    // Exports after the closure: the approved version, PDF and Word, each audited.
    const pdf = await exportSynthese(deps, beneficiary.actor, bilanId, 'pdf');
    expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await exportSynthese(deps, consultant(), bilanId, 'docx');
    expect(Buffer.from(docx.bytes).subarray(0, 2).toString()).toBe('PK');
    expect(docx.filename).toBe('synthese-v2.docx');
    expect((await auditActions()).sort()).toEqual([
      'synthese.approved',
      'synthese.delivered',
      'synthese.delivery_acknowledged',
      'synthese.exported',
      'synthese.exported',
      'synthese.published',
      'synthese.published',
    ]);
  }, 60_000);
});

describe('refusals, with nothing half-done', () => {
  async function publishedOnce() {
    await saveSection(deps, consultant(), bilanId, 'suivi', { revision: 0, text: 'Un entretien de suivi à six mois.' });
    return (await publish()).version;
  }

  it('refuses a 200,000-character section, a NUL byte and a lone surrogate at the edge, in French', () => {
    for (const text of ['x'.repeat(200_000), 'avant\u0000après', 'demi \uD800 caractère']) {
      const parsed = SaveSectionSchema.safeParse({ revision: 0, text });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.message).toMatch(/[éèàù]|caractères|texte/);
    }
    expect(SaveSectionSchema.safeParse({ revision: 0, text: 'x'.repeat(200_000) }).error!.issues[0]!.message).toMatch(
      /^Le texte d’une partie ne doit pas dépasser 20\s000 caractères \(200\s000 saisis\) : raccourcissez le texte\.$/u,
    );
    expect(SaveSectionSchema.safeParse({ revision: 0, text: 'x'.repeat(20_000) }).success).toBe(true);
  });

  it('refuses an accepted passage that would make its section too long, and leaves it undecided', async () => {
    await refreshProposals(deps, consultant(), bilanId);
    await saveSection(deps, consultant(), bilanId, 'circonstances', { revision: 0, text: 'x'.repeat(19_990) });
    const proposal = (await view()).draft!.find((s) => s.key === 'circonstances')!.proposals[0]!;
    const snapshot = await tables();
    const error = await refusal(decideProposal(deps, consultant(), bilanId, proposal.id, { decision: 'accept' }));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/20\s000 caractères/u);
    expect(await tables()).toEqual(snapshot);
  });

  it('lets one of 40 simultaneous approvals through, the others get 409', async () => {
    const version = await publishedOnce();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () =>
        approveVersion(deps, beneficiary.actor, bilanId, version.id, {
          signedName: beneficiaryName,
          consent: true,
          sha256: version.sha256,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === 'rejected'))
      expect((r.reason as AppError).code).toBe('synthese_already_approved');
    expect(
      await deps.db.selectFrom('synthese_approvals').select('id').where('version_id', '=', version.id).execute(),
    ).toHaveLength(1);
    expect((await auditActions()).filter((a) => a === 'synthese.approved')).toHaveLength(1);
  });

  it('never changes a published version', async () => {
    const version = await publishedOnce();
    await expect(
      deps.db.updateTable('synthese_versions').set({ number: 7 }).where('id', '=', version.id).execute(),
    ).rejects.toThrow(/never changed/);
  });

  it('keeps each side to its part: 403 for the wrong role, 404 for anyone else', async () => {
    const version = await publishedOnce();
    const snapshot = await tables();
    const forbidden = [
      () => saveSection(deps, beneficiary.actor, bilanId, 'suivi', { revision: 1, text: 'Réécrit.' }),
      () => publishVersion(deps, beneficiary.actor, bilanId, { revisions: {} }),
      () => refreshProposals(deps, beneficiary.actor, bilanId),
      () => recordDelivery(deps, beneficiary.actor, bilanId, { channel: 'email', deliveredOn: '2026-11-23' }),
      () =>
        approveVersion(deps, consultant(), bilanId, version.id, {
          signedName: 'Claire',
          consent: true,
          sha256: version.sha256,
        }),
      () => commentSection(deps, consultant(), bilanId, version.id, { sectionKey: 'suivi', text: 'Commentaire.' }),
      () => acknowledgeDelivery(deps, consultant(), bilanId),
      () => getSynthese(deps, org.admin.actor, bilanId),
      () => exportSynthese(deps, org.admin.actor, bilanId, 'pdf'),
    ];
    for (const p of forbidden) expect((await refusal(p())).code).toBe('forbidden');
    const other = await createOrganisation(deps);
    const otherBeneficiary = await createUser(deps, org.id, 'beneficiary');
    const colleague = await createUser(deps, org.id, 'consultant');
    for (const p of [
      () => getSynthese(deps, other.consultant.actor, bilanId),
      () => getSynthese(deps, colleague.actor, bilanId),
      () => getSynthese(deps, otherBeneficiary.actor, bilanId),
      () => exportSynthese(deps, colleague.actor, bilanId, 'docx'),
      () =>
        commentSection(deps, otherBeneficiary.actor, bilanId, version.id, { sectionKey: 'suivi', text: 'Intrusion.' }),
    ])
      expect((await refusal(p())).code).toBe('not_found');
    expect(await tables()).toEqual(snapshot);
  });

  it('answers 409 to an export before any version and to an acknowledgement before delivery', async () => {
    expect((await refusal(exportSynthese(deps, beneficiary.actor, bilanId, 'pdf'))).code).toBe('synthese_no_version');
    expect((await refusal(acknowledgeDelivery(deps, beneficiary.actor, bilanId))).code).toBe('synthese_not_delivered');
    expect((await refusal(publish())).code).toBe('synthese_nothing_to_publish');
  });
});

describe('the instruments in the synthesis', () => {
  it('proposes the RIASEC results with their cautions, and freezes the profile chart in the version', async () => {
    const answers = Object.fromEntries(
      RIASEC_DEFINITION.sections
        .flatMap((q) => q.questions)
        .map((q) => [q.id, q.id[0]!.toUpperCase() === 'S' ? 5 : q.id[0]!.toUpperCase() === 'A' ? 4 : 2]),
    );
    await deps.db
      .insertInto('questionnaire_assignments')
      .values({
        organisation_id: org.id,
        bilan_id: bilanId,
        questionnaire_id: RIASEC_SOURCE.instrumentId,
        questionnaire_version: 1,
        kind: 'instrument',
        title: 'Intérêts professionnels',
        definition: JSON.stringify(RIASEC_DEFINITION),
        answers: JSON.stringify(answers),
        assigned_by: org.consultant.id,
        assigned_at: new Date('2026-11-10T09:00:00Z'),
        submitted_at: new Date('2026-11-12T09:00:00Z'),
      })
      .execute();
    const { sections } = await refreshProposals(deps, consultant(), bilanId);
    const [riasec] = sections.find((s) => s.key === 'interets')!.proposals;
    expect(riasec!.source).toBe('D’après le questionnaire Centres d’intérêt professionnels (RIASEC) du 12/11/2026');
    expect(riasec!.text).toContain('Social (S)');
    expect(riasec!.text).toContain('Précautions de lecture : ');
    expect(riasec!.text).toContain('à titre exploratoire');
    await decideProposal(deps, consultant(), bilanId, riasec!.id, { decision: 'accept' });
    const version = (await publish()).version;
    const pdfContent = await exportSynthese(deps, beneficiary.actor, bilanId, 'pdf');
    expect(pdfContent.filename).toBe('synthese-v1.pdf');
    const stored = await deps.db
      .selectFrom('synthese_versions')
      .select('figures')
      .where('id', '=', version.id)
      .executeTakeFirstOrThrow();
    expect(stored.figures.riasec).toMatchObject({ max: 40, unit: 'points' });
    expect(stored.figures.riasec!.alt).toMatch(
      /^Profil d’intérêts RIASEC du 12\/11\/2026, de 8 à 40 points : Réaliste \(R\) 16 points, .*Social \(S\) 40 points/,
    );
    // One criterion assessed: feasibility still « à évaluer », so only the desire is charted.
    expect(stored.figures.pistes.map((c) => c.title)).toEqual(['L’envie pour chaque projet']);
  });
});

describe('the action plan in the synthesis', () => {
  it('proposes the plan’s steps by horizon and freezes them in the version', async () => {
    const now = deps.clock.now();
    await sql`
      INSERT INTO action_plan_steps (organisation_id, bilan_id, horizon, what, who, by_when, resources, funding, status,
                                     position, created_by, created_at, updated_by, updated_at, revision)
      VALUES (${org.id}, ${bilanId}, 'court', 'Rencontrer deux conseillers', 'Vous', '2027-01-15', NULL, NULL, 'a_faire',
              0, ${org.consultant.id}, ${now}, ${org.consultant.id}, ${now}, 1)`.execute(deps.db);
    const { sections } = await refreshProposals(deps, consultant(), bilanId);
    const etapes = sections.find((s) => s.key === 'etapes')!.proposals;
    expect(etapes.map((p) => [p.source, p.text])).toEqual([
      [
        'D’après le plan d’action (à court terme)',
        'À court terme :\nRencontrer deux conseillers (qui : Vous ; d’ici le 15/01/2027)',
      ],
    ]);
    await decideProposal(deps, consultant(), bilanId, etapes[0]!.id, { decision: 'accept' });
    await publish();
    const version = await deps.db
      .selectFrom('synthese_versions')
      .select('figures')
      .innerJoin('syntheses', 'syntheses.id', 'synthese_versions.synthese_id')
      .where('syntheses.bilan_id', '=', bilanId)
      .executeTakeFirstOrThrow();
    expect(version.figures.steps).toEqual([
      {
        horizon: 'court',
        what: 'Rencontrer deux conseillers',
        who: 'Vous',
        byWhen: '2027-01-15',
        resources: '',
        funding: '',
        statusLabel: 'À faire',
      },
    ]);
  });
});
