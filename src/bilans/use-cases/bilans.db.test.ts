import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  completePreliminaire,
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { createBilan } from './create-bilan.ts';
import { getConsultantHome } from './get-consultant-home.ts';
import { getBilan } from './get-bilan.ts';
import { changeBilanPhase } from './change-bilan-phase.ts';
import { getBeneficiaryHome } from './get-beneficiary-home.ts';
import { acceptInvitation } from '../../accounts/use-cases/invitations/accept-invitation.ts';
import { resendInvitation } from '../../accounts/use-cases/invitations/resend-invitation.ts';
import { assignQuestionnaire } from '../../questionnaires/use-cases/assign-questionnaire.ts';

let deps: TestDeps;
let org: TestOrganisation;
const input = (email: string, plannedHours = 24 * 60) => ({
  beneficiary: { firstName: 'Bruno', lastName: 'Lefèvre', email },
  financing: 'cpf' as const,
  plannedHours,
});

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
});

describe('creating a bilan', () => {
  it('invites the beneficiary, starts in the phase préliminaire and audits the creation', async () => {
    const { bilanId, beneficiaryId } = await createBilan(deps, org.consultant.actor, input('bruno@exemple.fr'));
    const bilan = await deps.db.selectFrom('bilans').selectAll().where('id', '=', bilanId).executeTakeFirstOrThrow();
    expect(bilan).toMatchObject({
      phase: 'preliminaire',
      consultant_id: org.consultant.id,
      beneficiary_id: beneficiaryId,
      planned_accompaniment_minutes: 1440,
      financing: 'cpf',
    });
    const mail = await deps.db
      .selectFrom('outbox_emails')
      .selectAll()
      .where('to_address', '=', 'bruno@exemple.fr')
      .executeTakeFirstOrThrow();
    expect(mail.subject).toBe(`Invitation à rejoindre ${org.name} sur Sillage`);
    expect(mail.text_body).toContain('votre consultant·e chez');
    const events = await deps.db
      .selectFrom('audit_events')
      .select('action')
      .where('organisation_id', '=', org.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.action)).toEqual(['bilan.created', 'invitation.created']);
  });

  it('refuses more than 24 h, or less than 13 h for the CPF, naming the rule; nothing is saved', async () => {
    await expect(createBilan(deps, org.consultant.actor, input('a@exemple.fr', 24 * 60 + 30))).rejects.toMatchObject({
      code: 'validation_failed',
      fields: {
        plannedHours:
          'Un bilan de compétences ne peut pas dépasser 24\u00a0h d’accompagnement (article L6313-4 du Code du travail).',
      },
    });
    await expect(createBilan(deps, org.consultant.actor, input('a@exemple.fr', 12 * 60))).rejects.toMatchObject({
      fields: {
        plannedHours: 'Un bilan financé par le CPF doit prévoir au moins 13\u00a0h d’accompagnement effectif.',
      },
    });
    expect(await deps.db.selectFrom('users').select('id').where('email', '=', 'a@exemple.fr').execute()).toHaveLength(
      0,
    );
  });

  it('enrols a person who has an account at another provider, as a new account here, revealing nothing (issue 10, finding 5)', async () => {
    const other = await createOrganisation(deps);
    // The same person is a beneficiary at the other provider, with an open bilan there.
    const elsewhere = await createBilan(deps, other.consultant.actor, input('bruno.deux@exemple.fr'));
    const here = await createBilan(deps, org.consultant.actor, input('bruno.deux@exemple.fr'));
    expect(here.beneficiaryId).not.toBe(elsewhere.beneficiaryId);
    const accounts = await deps.db
      .selectFrom('users')
      .select(['organisation_id', 'role', 'status'])
      .where('email', '=', 'bruno.deux@exemple.fr')
      .orderBy('organisation_id')
      .execute();
    expect(accounts).toHaveLength(2);
    expect(new Set(accounts.map((a) => a.organisation_id))).toEqual(new Set([org.id, other.id]));
    expect(accounts.every((a) => a.role === 'beneficiary' && a.status === 'invited')).toBe(true);
    // Each provider's invitation names that provider only.
    const mails = await deps.db
      .selectFrom('outbox_emails')
      .select(['organisation_id', 'subject'])
      .where('to_address', '=', 'bruno.deux@exemple.fr')
      .execute();
    expect(mails).toEqual(
      expect.arrayContaining([
        { organisation_id: org.id, subject: `Invitation à rejoindre ${org.name} sur Sillage` },
        { organisation_id: other.id, subject: `Invitation à rejoindre ${other.name} sur Sillage` },
      ]),
    );
    // An e-mail that is a staff member's elsewhere is just as free here.
    await expect(createBilan(deps, org.consultant.actor, input(other.consultant.email))).resolves.toBeDefined();
  });

  it('refuses the address of a member of its own team, and a second open bilan', async () => {
    await expect(createBilan(deps, org.consultant.actor, input(org.admin.email))).rejects.toMatchObject({
      code: 'email_taken',
      status: 409,
      fields: { 'beneficiary.email': 'Cette adresse e-mail est celle d’un membre de l’équipe de votre organisme.' },
    });
    await createBilan(deps, org.consultant.actor, input('bis@exemple.fr'));
    await expect(createBilan(deps, org.consultant.actor, input('bis@exemple.fr'))).rejects.toMatchObject({
      code: 'beneficiary_has_open_bilan',
    });
    expect(
      await deps.db.selectFrom('bilans').select('id').where('organisation_id', '=', org.id).execute(),
    ).toHaveLength(1);
  });

  it('is a consultant action', async () => {
    await expect(createBilan(deps, org.admin.actor, input('c@exemple.fr'))).rejects.toMatchObject({
      code: 'forbidden',
      status: 403,
    });
  });
});

describe('reading and moving a bilan', () => {
  it('shows the consultant their bilans with phase, hours and next step; the beneficiary theirs', async () => {
    const { bilanId } = await createBilan(deps, org.consultant.actor, input('d@exemple.fr'));
    const home = await getConsultantHome(deps, org.consultant.actor);
    expect(home.open).toEqual([
      expect.objectContaining({
        id: bilanId,
        phase: 'preliminaire',
        plannedMinutes: 1440,
        doneMinutes: 0,
        nextStep: { code: 'await_beneficiary' },
        beneficiary: expect.objectContaining({ email: 'd@exemple.fr', accountActive: false }),
      }),
    ]);

    const mail = await deps.db
      .selectFrom('outbox_emails')
      .select('text_body')
      .where('to_address', '=', 'd@exemple.fr')
      .executeTakeFirstOrThrow();
    const token = /invitation\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
    const { user } = await acceptInvitation(deps, { ip: null, userAgent: null }, token, {
      password: 'mon bilan commence',
    });
    const actor = {
      userId: user.id,
      organisationId: org.id,
      role: 'beneficiary' as const,
      firstName: 'Bruno',
      lastName: 'Lefèvre',
      ip: null,
      userAgent: null,
    };
    const mine = await getBeneficiaryHome(deps, actor);
    expect(mine.bilan).toMatchObject({ id: bilanId, phase: 'preliminaire', nextStep: { code: 'plan_seance' } });
    expect(mine.consultant?.email).toBe(org.consultant.email);
    expect((await getConsultantHome(deps, org.consultant.actor)).open[0]?.nextStep).toEqual({ code: 'plan_seance' });
  });

  it('audits every read of the bilan page by the consultant', async () => {
    const { bilanId } = await createBilan(deps, org.consultant.actor, input('e@exemple.fr'));
    const detail = await getBilan(deps, org.consultant.actor, bilanId);
    expect(detail.transitions[0]).toMatchObject({ to: 'investigation', allowed: false });
    expect(detail.transitions[0]?.unmet.map((u) => u.code === 'checklist_item' && u.item)).toEqual([
      'need_analysed',
      'format_chosen',
      'modalities_agreed',
      'consent_given',
      'commitments_charter_signed',
    ]);
    expect(detail.transitions[1]).toEqual({ to: 'abandonne', allowed: true, unmet: [] });
    const views = await deps.db
      .selectFrom('audit_events')
      .select(['actor_user_id', 'ip'])
      .where('action', '=', 'bilan.viewed')
      .where('bilan_id', '=', bilanId)
      .execute();
    expect(views).toEqual([{ actor_user_id: org.consultant.id, ip: '192.0.2.1' }]);
  });

  it('moves phase by phase once each checklist is met, records history and audit, blocks closure until the synthesis is delivered', async () => {
    const { bilanId, beneficiaryId } = await createBilan(deps, org.consultant.actor, input('f@exemple.fr'));
    await deps.db
      .updateTable('users')
      .set({ status: 'active', password_hash: 'x' })
      .where('id', '=', beneficiaryId)
      .execute();
    const beneficiary: TestUser = {
      id: beneficiaryId,
      email: 'f@exemple.fr',
      role: 'beneficiary',
      organisationId: org.id,
      actor: {
        userId: beneficiaryId,
        organisationId: org.id,
        role: 'beneficiary',
        firstName: 'Bruno',
        lastName: 'Lefèvre',
        ip: null,
        userAgent: null,
      },
    };
    await expect(changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'investigation' })).rejects.toMatchObject({
      code: 'transition_refused',
    });
    await completePreliminaire(deps, bilanId, org.consultant, beneficiary);
    await changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'investigation' });
    await expect(changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'conclusion' })).rejects.toMatchObject({
      details: {
        unmet: [
          expect.objectContaining({ item: 'investigation_session_held' }),
          expect.objectContaining({ item: 'project_or_alternatives_identified' }),
        ],
      },
    });
    await deps.db
      .insertInto('seances')
      .values({
        organisation_id: org.id,
        bilan_id: bilanId,
        consultant_id: org.consultant.id,
        phase: 'investigation',
        mode: 'in_person',
        place: 'Bureau',
        starts_at: '2026-11-20T09:00:00Z',
        ends_at: '2026-11-20T11:00:00Z',
        status: 'held',
        actual_start_at: '2026-11-20T09:00:00Z',
        actual_end_at: '2026-11-20T11:00:00Z',
      })
      .execute();
    const { attestItem } = await import('./attest-item.ts');
    await attestItem(deps, org.consultant.actor, bilanId, {
      item: 'project_or_alternatives_identified',
      met: true,
      note: 'Deux pistes : formatrice, chargée de recrutement',
    });
    await expect(changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'cloture' })).rejects.toMatchObject({
      code: 'transition_refused',
      status: 409,
      details: { unmet: [{ code: 'not_next', from: 'investigation', to: 'cloture' }] },
    });
    await changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'conclusion' });
    await expect(changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'cloture' })).rejects.toMatchObject({
      details: {
        unmet: expect.arrayContaining([
          expect.objectContaining({ code: 'checklist_item', item: 'synthesis_delivered' }),
        ]),
      },
    });
    const detail = await getBilan(deps, org.consultant.actor, bilanId);
    expect(detail.phase).toBe('conclusion');
    expect(detail.history.map((h) => [h.from, h.to])).toEqual([
      ['preliminaire', 'investigation'],
      ['investigation', 'conclusion'],
    ]);
    const audited = await deps.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'bilan.phase_changed')
      .where('bilan_id', '=', bilanId)
      .orderBy('id')
      .execute();
    expect(audited.map((a) => a.details)).toEqual([
      { from: 'preliminaire', to: 'investigation' },
      { from: 'investigation', to: 'conclusion' },
    ]);
  });

  it('records an abandonment with its reason, then refuses any change', async () => {
    const { bilanId } = await createBilan(deps, org.consultant.actor, input('g@exemple.fr'));
    await expect(
      changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'abandonne', reason: '   ' }),
    ).rejects.toMatchObject({ details: { unmet: [{ code: 'reason_required' }] } });
    await changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'abandonne', reason: 'Reprise d’un emploi' });
    const home = await getConsultantHome(deps, org.consultant.actor);
    expect(home.open).toHaveLength(0);
    expect(home.closed[0]).toMatchObject({ id: bilanId, phase: 'abandonne', nextStep: { code: 'none' } });
    await expect(changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'investigation' })).rejects.toMatchObject({
      details: { unmet: [{ code: 'not_open' }] },
    });
    // Nobody is invited to an ended bilan any more, and nothing new is assigned in it.
    const { invitation } = await getBilan(deps, org.consultant.actor, bilanId);
    await expect(resendInvitation(deps, org.consultant.actor, invitation.id!)).rejects.toMatchObject({
      code: 'invitation_bilan_ended',
      status: 409,
    });
    await expect(
      assignQuestionnaire(deps, org.consultant.actor, bilanId, {
        questionnaire: 'instrument:riasec-iip',
        dueOn: undefined,
        seanceId: undefined,
      }),
    ).rejects.toMatchObject({ code: 'bilan_closed' });
  });

  it('shows the beneficiary the phase their abandoned bilan stopped in', async () => {
    const { bilanId, beneficiaryId } = await createBilan(deps, org.consultant.actor, input('g2@exemple.fr'));
    await changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'abandonne', reason: 'Reprise d’un emploi' });
    const beneficiary = { ...org.consultant.actor, userId: beneficiaryId, role: 'beneficiary' as const };
    expect((await getBeneficiaryHome(deps, beneficiary)).bilan).toMatchObject({
      phase: 'abandonne',
      abandonedFrom: 'preliminaire',
    });
  });

  it('hides a bilan from another consultant of the same organisation (404), and changes nothing', async () => {
    const { bilanId } = await createBilan(deps, org.consultant.actor, input('h@exemple.fr'));
    const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
    await expect(getBilan(deps, colleague.actor, bilanId)).rejects.toMatchObject({ code: 'not_found', status: 404 });
    await expect(changeBilanPhase(deps, colleague.actor, bilanId, { to: 'investigation' })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await getConsultantHome(deps, colleague.actor)).open).toHaveLength(0);
    const bilan = await deps.db
      .selectFrom('bilans')
      .select('phase')
      .where('id', '=', bilanId)
      .executeTakeFirstOrThrow();
    expect(bilan.phase).toBe('preliminaire');
  });
});
