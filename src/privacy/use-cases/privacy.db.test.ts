/**
 * GDPR requests on the real database (decision 048): the deadline sweep reminds the admins once
 * seven days before, alerts them once when overdue, and leaves answered requests alone; an erasure
 * calls the bilan-content port and explains the legal retention; the leads purge deletes a lead
 * whose last contact is older than three years, with its children, and keeps recent or converted
 * leads; both runs are idempotent and audited with counts only.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  createOrganisation,
  createUser,
  insertBilan,
  type TestOrganisation,
} from '../../../tests/support/factories.ts';
import type { AppError } from '../../shared/errors.ts';
import { seedBilanContent } from '../../../tests/support/bilan-content.ts';
import { RegisterRequestSchema } from '../contracts/schemas.ts';
import { ERASURE_RETENTION_JUSTIFICATION } from '../domain/model.ts';
import { answerPrivacyRequest } from './answer-privacy-request.ts';
import { askPrivacyRequest } from './ask-privacy-request.ts';
import { extendPrivacyRequest } from './extend-privacy-request.ts';
import { purgeStaleLeads } from './purge-stale-leads.ts';
import { registerPrivacyRequest } from './register-privacy-request.ts';
import { sweepPrivacyDeadlines } from './sweep-privacy-deadlines.ts';

let deps: TestDeps;
let org: TestOrganisation;

beforeEach(async () => {
  // Received on Saturday 31 January 2026: due on 28 February 2026.
  deps = testDeps('2026-01-31T10:00:00Z');
  org = await createOrganisation(deps);
});

const at = (date: string) => new Date(`${date}T10:00:00Z`);

async function register(kind: 'access' | 'erasure' = 'access') {
  return (
    await registerPrivacyRequest(
      deps,
      org.admin.actor,
      RegisterRequestSchema.parse({
        kind,
        subjectType: 'person',
        personName: 'Camille Martin',
        personEmail: 'camille.martin@exemple.fr',
        receivedOn: '2026-01-31',
      }),
    )
  ).request;
}

const adminMails = (kind: string) =>
  deps.db
    .selectFrom('outbox_emails')
    .select(['subject', 'text_body'])
    .where('to_address', '=', org.admin.email)
    .where('kind', '=', kind)
    .execute();

describe('the deadline sweep of GDPR requests', () => {
  it('reminds once seven days before the deadline, then alerts once when it has passed', async () => {
    const request = await register();
    expect(request.dueOn).toBe('2026-02-28');

    expect(await sweepPrivacyDeadlines(deps, at('2026-02-20'))).toEqual({ reminders: 0, overdue: 0 });
    expect(await adminMails('privacy_deadline_reminder')).toHaveLength(0);

    expect(await sweepPrivacyDeadlines(deps, at('2026-02-21'))).toEqual({ reminders: 1, overdue: 0 });
    const [reminder, ...others] = await adminMails('privacy_deadline_reminder');
    expect(others).toHaveLength(0);
    expect(reminder!.subject).toBe('Demande RGPD : réponse attendue avant le 28 février 2026');
    // Never the person's name in an e-mail.
    expect(reminder!.text_body).not.toContain('Camille');

    expect(await sweepPrivacyDeadlines(deps, at('2026-02-21'))).toEqual({ reminders: 0, overdue: 0 });
    expect(await sweepPrivacyDeadlines(deps, at('2026-02-28'))).toEqual({ reminders: 0, overdue: 0 });
    expect(await adminMails('privacy_deadline_reminder')).toHaveLength(1);

    expect(await sweepPrivacyDeadlines(deps, at('2026-03-01'))).toEqual({ reminders: 0, overdue: 1 });
    expect(await sweepPrivacyDeadlines(deps, at('2026-03-02'))).toEqual({ reminders: 0, overdue: 0 });
    expect(await adminMails('privacy_deadline_overdue')).toHaveLength(1);
  });

  it('after an extension, reminds again before the new deadline, three months from receipt', async () => {
    const request = await register();
    expect(await sweepPrivacyDeadlines(deps, at('2026-02-21'))).toEqual({ reminders: 1, overdue: 0 });
    deps.clock.set('2026-02-25T10:00:00Z');
    const { request: extended } = await extendPrivacyRequest(deps, org.admin.actor, request.id, {
      reason: 'Dossiers sur plusieurs années à rassembler.',
    });
    expect(extended.deadline).toBe('2026-04-30');
    expect(await sweepPrivacyDeadlines(deps, at('2026-03-01'))).toEqual({ reminders: 0, overdue: 0 });
    expect(await sweepPrivacyDeadlines(deps, at('2026-04-23'))).toEqual({ reminders: 1, overdue: 0 });
    await expect(extendPrivacyRequest(deps, org.admin.actor, request.id, { reason: 'Encore.' })).rejects.toMatchObject({
      code: 'privacy_request_not_extendable',
    });
  });

  it('sends nothing for an answered request', async () => {
    const request = await register();
    deps.clock.set('2026-02-10T10:00:00Z');
    await answerPrivacyRequest(deps, org.admin.actor, request.id, {
      summary: 'Copie envoyée.',
      answeredOn: '2026-02-10',
    });
    expect(await sweepPrivacyDeadlines(deps, at('2026-02-21'))).toEqual({ reminders: 0, overdue: 0 });
    expect(await sweepPrivacyDeadlines(deps, at('2026-03-10'))).toEqual({ reminders: 0, overdue: 0 });
    expect(await adminMails('privacy_deadline_reminder')).toHaveLength(0);
    expect(await adminMails('privacy_deadline_overdue')).toHaveLength(0);
  });
});

describe('an erasure', () => {
  it('destroys the content of the beneficiary’s bilan through its port and keeps the legal justification', async () => {
    const beneficiary = await createUser(deps, org.id, 'beneficiary');
    const bilanId = await insertBilan(deps, org, beneficiary);
    const asked = await askPrivacyRequest(deps, beneficiary.actor, { kind: 'erasure', message: 'Effacez tout.' });
    expect(asked.request.deadline).toBe('2026-02-28');
    expect(await adminMails('privacy_request_received')).toHaveLength(1);
    const destroyed: string[] = [];
    const { request } = await answerPrivacyRequest(
      deps,
      org.admin.actor,
      asked.request.id,
      { summary: 'Vos données ont été effacées.', answeredOn: '2026-01-31' },
      { destroyBilanContent: async ({ bilanId: id }) => void destroyed.push(id) },
    );
    expect(destroyed).toEqual([bilanId]);
    expect(request.status).toBe('answered');
    expect(request.contentDestroyedAt).not.toBeNull();
    expect(request.answerSummary).toContain(ERASURE_RETENTION_JUSTIFICATION);
    const event = await deps.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'privacy.request_answered')
      .where('subject_id', '=', request.id)
      .executeTakeFirstOrThrow();
    expect(event.details).toEqual({ kind: 'erasure', onTime: true, bilansDestroyed: 1, leadsErased: 0 });
  });
});

describe('an erasure through the lifecycle’s destruction', () => {
  it('destroys the bilan’s content, keeps its administrative records and writes a certificate « effacement »', async () => {
    const beneficiary = await createUser(deps, org.id, 'beneficiary');
    const bilanId = await insertBilan(deps, org, beneficiary);
    const marker = 'MARQUE-EFFACEMENT-048';
    const { seanceId } = await seedBilanContent(deps, org, beneficiary, bilanId, marker);
    const asked = await askPrivacyRequest(deps, beneficiary.actor, { kind: 'erasure', message: 'Effacez tout.' });
    const { request } = await answerPrivacyRequest(deps, org.admin.actor, asked.request.id, {
      summary: 'Vos données ont été effacées.',
      answeredOn: '2026-01-31',
    });
    expect(request.contentDestroyedAt).not.toBeNull();
    const count = async (table: 'questionnaire_assignments' | 'portfolio_experiences' | 'exploration_pistes') =>
      Number(
        (
          await deps.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('bilan_id', '=', bilanId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count('questionnaire_assignments')).toBe(0);
    expect(await count('portfolio_experiences')).toBe(0);
    expect(await count('exploration_pistes')).toBe(0);
    // Administrative records stay: the bilan and its séance.
    expect(await deps.db.selectFrom('bilans').select('id').where('id', '=', bilanId).executeTakeFirst()).toBeDefined();
    expect(
      await deps.db.selectFrom('seances').select('id').where('id', '=', seanceId).executeTakeFirst(),
    ).toBeDefined();
    const certificate = await deps.db
      .selectFrom('destruction_certificates')
      .selectAll()
      .where('bilan_id', '=', bilanId)
      .executeTakeFirstOrThrow();
    expect(certificate.reason).toBe('effacement');
    expect(JSON.stringify(certificate.categories)).not.toContain(marker);
  });

  it('answers forty simultaneous erasures once: one destruction, one certificate, 39 refusals', async () => {
    const beneficiary = await createUser(deps, org.id, 'beneficiary');
    const bilanId = await insertBilan(deps, org, beneficiary);
    await seedBilanContent(deps, org, beneficiary, bilanId, 'MARQUE-QUARANTE');
    const asked = await askPrivacyRequest(deps, beneficiary.actor, { kind: 'erasure', message: 'Effacez tout.' });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, () =>
        answerPrivacyRequest(deps, org.admin.actor, asked.request.id, {
          summary: 'Vos données ont été effacées.',
          answeredOn: '2026-01-31',
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refusals = outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as AppError).code] : []));
    expect(refusals).toEqual(Array.from({ length: 39 }, () => 'privacy_request_closed'));
    const certificates = await deps.db
      .selectFrom('destruction_certificates')
      .select('reason')
      .where('bilan_id', '=', bilanId)
      .execute();
    expect(certificates).toEqual([{ reason: 'effacement' }]);
  });
});

describe('an erasure of a lead', () => {
  it('deletes the lead with its history, and keeps the request in the register', async () => {
    const lead = await deps.db
      .insertInto('leads')
      .values({
        organisation_id: org.id,
        first_name: 'Léa',
        last_name: 'Durand',
        email: 'lea.durand@exemple.fr',
        message: 'Je voudrais faire un bilan.',
        preferred_modality: 'remote',
        declared_source: 'search_engine',
        contact_consent_at: deps.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.db
      .insertInto('lead_status_changes')
      .values({ lead_id: lead.id, organisation_id: org.id, to_status: 'new', changed_at: deps.clock.now() })
      .execute();
    const { request } = await registerPrivacyRequest(
      deps,
      org.admin.actor,
      RegisterRequestSchema.parse({ kind: 'erasure', subjectType: 'lead', leadId: lead.id, receivedOn: '2026-01-31' }),
    );
    expect(request.personName).toBe('Léa Durand');
    const { request: answered } = await answerPrivacyRequest(deps, org.admin.actor, request.id, {
      summary: 'Votre demande de contact est effacée.',
      answeredOn: '2026-01-31',
    });
    expect(answered).toMatchObject({ status: 'answered', leadId: null, personName: 'Léa Durand' });
    expect(await deps.db.selectFrom('leads').select('id').where('id', '=', lead.id).execute()).toEqual([]);
    expect(
      await deps.db.selectFrom('lead_status_changes').select('id').where('lead_id', '=', lead.id).execute(),
    ).toEqual([]);
  });
});

describe('the leads purge', () => {
  async function lead(createdAt: string, bilanId: string | null = null) {
    const row = await deps.db
      .insertInto('leads')
      .values({
        organisation_id: org.id,
        first_name: 'Léa',
        last_name: 'Durand',
        email: 'lea.durand@exemple.fr',
        message: 'Je voudrais faire un bilan.',
        preferred_modality: 'remote',
        declared_source: 'search_engine',
        contact_consent_at: createdAt,
        status: bilanId ? 'converted' : 'new',
        bilan_id: bilanId,
        created_at: createdAt,
        updated_at: createdAt,
        opened_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.db
      .insertInto('lead_status_changes')
      .values({ lead_id: row.id, organisation_id: org.id, to_status: 'new', changed_at: createdAt })
      .execute();
    return row.id;
  }
  const exists = async (id: string) =>
    Boolean(await deps.db.selectFrom('leads').select('id').where('id', '=', id).executeTakeFirst());

  it('deletes leads without contact for three years, with their children, and keeps the others', async () => {
    const now = at('2026-06-15');
    const old = await lead('2023-06-14T09:00:00Z');
    const oldWithInterview = await lead('2023-01-10T09:00:00Z');
    await deps.db
      .insertInto('lead_interviews')
      .values({
        lead_id: oldWithInterview,
        organisation_id: org.id,
        consultant_id: org.consultant.id,
        starts_at: '2023-02-01T09:00:00Z',
        ends_at: '2023-02-01T10:00:00Z',
        mode: 'phone',
        created_at: '2023-01-11T09:00:00Z',
        updated_at: '2023-01-11T09:00:00Z',
      })
      .execute();
    const recent = await lead('2023-06-16T09:00:00Z');
    // Old, but contacted again (a status change) within three years.
    const recontacted = await lead('2022-01-10T09:00:00Z');
    await deps.db
      .insertInto('lead_status_changes')
      .values({
        lead_id: recontacted,
        organisation_id: org.id,
        from_status: 'new',
        to_status: 'contacted',
        changed_at: '2024-02-01T09:00:00Z',
      })
      .execute();
    const beneficiary = await createUser(deps, org.id, 'beneficiary');
    const converted = await lead('2020-01-10T09:00:00Z', await insertBilan(deps, org, beneficiary));

    expect(await purgeStaleLeads(deps, now)).toEqual({ leads: 2 });
    expect(await exists(old)).toBe(false);
    expect(await exists(oldWithInterview)).toBe(false);
    expect(await exists(recent)).toBe(true);
    expect(await exists(recontacted)).toBe(true);
    expect(await exists(converted)).toBe(true);
    const orphans = await deps.db
      .selectFrom('lead_status_changes')
      .select('id')
      .where('lead_id', 'in', [old, oldWithInterview])
      .execute();
    expect(orphans).toEqual([]);
    const interviews = await deps.db
      .selectFrom('lead_interviews')
      .select('lead_id')
      .where('lead_id', '=', oldWithInterview)
      .execute();
    expect(interviews).toEqual([]);

    const events = await deps.db
      .selectFrom('audit_events')
      .select(['details', 'subject_id'])
      .where('action', '=', 'privacy.leads_purged')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(events).toEqual([
      { subject_id: org.id, details: { leads: 2, retentionYears: 3, lastContactBefore: '2023-06-15' } },
    ]);
    expect(JSON.stringify(events)).not.toContain('Durand');

    expect(await purgeStaleLeads(deps, now)).toEqual({ leads: 0 });
  });
});
