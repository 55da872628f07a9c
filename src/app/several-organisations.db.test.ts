/**
 * Several organisations on one installation (issue 10, findings 5 and 12; decision 027): two
 * providers created by the operator's command, each set up by its first admin through the
 * invitation link, each with a consultant; the same person enrolled as a beneficiary at both.
 * Nothing crosses: each side sees only its own people, answers about the other's ids are 404, and
 * no answer tells one provider that the person has an account at the other.
 */
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../tests/support/deps.ts';
import { call, sessionCookie, testApp } from '../../tests/support/http.ts';
import { createOrganisation } from '../accounts/use-cases/create-organisation.ts';
import type { App } from './http.ts';

interface Provider {
  id: string;
  name: string;
  adminEmail: string;
  admin: string;
  consultantEmail: string;
  consultant: string;
  /** The bilan of the shared beneficiary at this provider, and its invitation. */
  bilanId: string;
  beneficiaryId: string;
  beneficiaryInvitationId: string;
}

const unique = () => randomBytes(3).toString('hex');
const PERSON = 'bruno.partage@exemple.fr';

let deps: TestDeps;
let app: App;
let A: Provider;
let B: Provider;

/** The token of the last link e-mailed to `to` by `organisationId`. */
async function linkSentTo(to: string, organisationId: string): Promise<string> {
  const mail = await deps.db
    .selectFrom('outbox_emails')
    .select('text_body')
    .where('to_address', '=', to)
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return /\/invitation\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
}

async function accept(token: string, password: string): Promise<string> {
  const response = await call(app, 'POST', `/api/invitations/${token}/accept`, { body: { password } });
  expect(response.status, response.text).toBe(200);
  return sessionCookie(response);
}

async function provider(name: string): Promise<Provider> {
  const adminEmail = `admin.${unique()}@exemple.fr`;
  const created = await createOrganisation(deps, {
    organisationName: name,
    firstName: 'Inès',
    lastName: 'Moreau',
    email: adminEmail,
  });
  const view = await call(app, 'GET', `/api/invitations/${created.invitationUrl.split('/').pop()!}`);
  expect(view.body.invitation).toMatchObject({ organisationName: name, role: 'admin', inviterName: null });
  const admin = await accept(created.invitationUrl.split('/').pop()!, 'la phrase de l’administratrice');

  const consultantEmail = `claire.${unique()}@exemple.fr`;
  const invited = await call(app, 'POST', '/api/admin/consultants', {
    cookie: admin,
    body: { firstName: 'Claire', lastName: 'Conseil', email: consultantEmail },
  });
  expect(invited.status, invited.text).toBe(201);
  const consultant = await accept(
    await linkSentTo(consultantEmail, created.organisationId),
    'la phrase de la consultante',
  );

  const bilan = await call(app, 'POST', '/api/bilans', {
    cookie: consultant,
    body: {
      beneficiary: { firstName: 'Bruno', lastName: 'Partagé', email: PERSON },
      financing: 'opco',
      plannedHours: '20',
    },
  });
  expect(bilan.status, bilan.text).toBe(201);
  const invitation = await deps.db
    .selectFrom('invitations')
    .select('id')
    .where('user_id', '=', bilan.body.beneficiaryId)
    .executeTakeFirstOrThrow();
  return {
    id: created.organisationId,
    name,
    adminEmail,
    admin,
    consultantEmail,
    consultant,
    bilanId: bilan.body.bilanId,
    beneficiaryId: bilan.body.beneficiaryId,
    beneficiaryInvitationId: invitation.id,
  };
}

beforeAll(async () => {
  deps = testDeps();
  app = testApp(deps);
  A = await provider(`Cap Avenir ${unique()}`);
  B = await provider(`Horizons Bilans ${unique()}`);
});

describe('organisations created by the operator’s command (finding 12)', () => {
  it('creates each with its first admin invited by the operator, and leaves the web set-up closed', async () => {
    const organisations = await deps.db
      .selectFrom('organisations')
      .select('id')
      .where('id', 'in', [A.id, B.id])
      .execute();
    expect(organisations).toHaveLength(2);
    const created = await deps.db
      .selectFrom('audit_events')
      .select(['organisation_id', 'actor_user_id', 'actor_role'])
      .where('action', '=', 'organisation.created')
      .where('organisation_id', 'in', [A.id, B.id])
      .execute();
    expect(created).toEqual(
      expect.arrayContaining([
        { organisation_id: A.id, actor_user_id: null, actor_role: 'operator' },
        { organisation_id: B.id, actor_user_id: null, actor_role: 'operator' },
      ]),
    );
    expect((await call(app, 'GET', '/api/setup')).body).toEqual({ required: false });
    const setup = await call(app, 'POST', '/api/setup', {
      body: {
        organisationName: 'Intrus',
        firstName: 'I',
        lastName: 'N',
        email: `intrus.${unique()}@exemple.fr`,
        password: 'un mot de passe long',
      },
    });
    expect(setup.status).toBe(409);
    expect(setup.body.error.code).toBe('setup_already_done');
  });

  it('refuses a second organisation with the same name', async () => {
    await expect(
      createOrganisation(deps, {
        organisationName: A.name.toUpperCase(),
        firstName: 'X',
        lastName: 'Y',
        email: `x.${unique()}@exemple.fr`,
      }),
    ).rejects.toMatchObject({ code: 'organisation_name_taken' });
  });
});

describe('one person at two providers (finding 5)', () => {
  it('gives the person one account at each provider; each signs in with its own password', async () => {
    expect(A.beneficiaryId).not.toBe(B.beneficiaryId);
    await accept(await linkSentTo(PERSON, A.id), 'mon secret chez le premier');
    await accept(await linkSentTo(PERSON, B.id), 'mon secret chez le second');
    for (const [password, organisation] of [
      ['mon secret chez le premier', A],
      ['mon secret chez le second', B],
    ] as const) {
      const login = await call(app, 'POST', '/api/auth/login', { body: { email: PERSON, password } });
      expect(login.status).toBe(200);
      expect(login.body.user).toMatchObject({ id: organisation.beneficiaryId, organisation: { id: organisation.id } });
      const home = await call(app, 'GET', '/api/me/bilan', { cookie: sessionCookie(login) });
      expect(home.status).toBe(200);
      expect(home.text).toContain(organisation.bilanId);
      expect(home.text).not.toContain((organisation === A ? B : A).bilanId);
    }
  });

  it('lets each provider enrol, invite and convert with addresses known elsewhere, without a word about it', async () => {
    // Consultant A enrols B's consultant as a beneficiary; admin A invites B's admin as a consultant.
    const enrolled = await call(app, 'POST', '/api/bilans', {
      cookie: A.consultant,
      body: {
        beneficiary: { firstName: 'Claire', lastName: 'Conseil', email: B.consultantEmail },
        financing: 'opco',
        plannedHours: '20',
      },
    });
    expect(enrolled.status, enrolled.text).toBe(201);
    const invited = await call(app, 'POST', '/api/admin/consultants', {
      cookie: A.admin,
      body: { firstName: 'Inès', lastName: 'Moreau', email: B.adminEmail.toUpperCase() },
    });
    expect(invited.status, invited.text).toBe(201);
    // Within one organisation the address stays unique, whatever its case.
    const twice = await call(app, 'POST', '/api/admin/consultants', {
      cookie: A.admin,
      body: { firstName: 'Claire', lastName: 'Conseil', email: A.consultantEmail.toUpperCase() },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('email_taken');

    // A lead at B from A's consultant becomes a bilan at B, with a new account there.
    const consultantB = await deps.db
      .selectFrom('users')
      .select('id')
      .where('organisation_id', '=', B.id)
      .where('email', '=', B.consultantEmail)
      .executeTakeFirstOrThrow();
    const lead = await deps.db
      .insertInto('leads')
      .values({
        organisation_id: B.id,
        first_name: 'Claire',
        last_name: 'Conseil',
        email: A.consultantEmail,
        message: 'Je voudrais faire un bilan.',
        preferred_modality: 'remote',
        declared_source: 'word_of_mouth',
        contact_consent_at: deps.clock.now(),
        status: 'interview_done',
        assigned_consultant_id: consultantB.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await deps.db
      .insertInto('lead_interviews')
      .values({
        lead_id: lead.id,
        organisation_id: B.id,
        consultant_id: consultantB.id,
        starts_at: new Date('2026-11-20T09:00:00Z'),
        ends_at: new Date('2026-11-20T10:00:00Z'),
        mode: 'phone',
        situation: 'S',
        expectations: 'E',
        outcome: 'bilan',
        recorded_at: new Date('2026-11-20T10:00:00Z'),
        recorded_by: consultantB.id,
      })
      .execute();
    const converted = await call(app, 'POST', `/api/leads/${lead.id}/convert`, {
      cookie: B.consultant,
      body: { financing: 'opco', plannedHours: '20' },
    });
    expect(converted.status, converted.text).toBe(201);
    const accounts = await deps.db
      .selectFrom('users')
      .select(['organisation_id', 'role'])
      .where('email', '=', A.consultantEmail)
      .execute();
    expect(accounts).toEqual(
      expect.arrayContaining([
        { organisation_id: A.id, role: 'consultant' },
        { organisation_id: B.id, role: 'beneficiary' },
      ]),
    );
  });
});

describe('nothing crosses between the two', () => {
  it('answers 404 to the other organisation’s ids, as if they did not exist', async () => {
    for (const path of [
      `/api/bilans/${B.bilanId}`,
      `/api/bilans/${B.bilanId}/consent`,
      `/api/bilans/${B.bilanId}/checklist`,
    ]) {
      const response = await call(app, 'GET', path, { cookie: A.consultant });
      expect(response.status, path).toBe(404);
    }
    for (const cookie of [A.consultant, A.admin]) {
      const resend = await call(app, 'POST', `/api/invitations/${B.beneficiaryInvitationId}/resend`, { cookie });
      expect(resend.status).toBe(404);
      const revoke = await call(app, 'POST', `/api/invitations/${B.beneficiaryInvitationId}/revoke`, { cookie });
      expect(revoke.status).toBe(404);
    }
  });

  it('shows each side only its own people, in every list and journal', async () => {
    // B's people's addresses may be A's people's too (A enrolled some above): B's ids and name may not.
    const secretsOfB = [B.name, B.id, B.beneficiaryId, B.bilanId, B.beneficiaryInvitationId];
    const views = [
      await call(app, 'GET', '/api/consultant/home', { cookie: A.consultant }),
      await call(app, 'GET', '/api/admin/consultants', { cookie: A.admin }),
      await call(app, 'GET', '/api/admin/invitations', { cookie: A.admin }),
      await call(app, 'GET', '/api/admin/audit', { cookie: A.admin }),
      await call(app, 'GET', '/api/leads', { cookie: A.admin }),
    ];
    for (const view of views) {
      expect(view.status).toBe(200);
      for (const secret of secretsOfB) expect(view.text).not.toContain(secret);
    }
    // A's consultant list has A's consultant (and the one just invited), nobody of B.
    const consultants = views[1]!.body.consultants as { email: string }[];
    expect(consultants.map((c) => c.email)).toContain(A.consultantEmail);
  });
});
