/**
 * Issue 10, finding 1 (decision 026): a single-use link is usable only by its addressee. With an
 * e-mail server, every kind of personal link (consultant's and beneficiary's invitations, password
 * reset, the employer's signature link, a 360° respondent's link, an évaluation) reaches its
 * addressee, and nobody else can read it: the admin's outbox never lists it, before or after
 * delivery, and once delivered the database no longer holds it. Every kind of link expires, with
 * a French refusal. The outside world (the SMTP server) is a recording transport.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { recordingTransport } from '../platform/email/transport.ts';
import { testDeps, type TestDeps } from '../../tests/support/deps.ts';
import { call, loginAs, testApp } from '../../tests/support/http.ts';
import { createDocumentedBilan, type TestOrganisation, type TestUser } from '../../tests/support/factories.ts';
import type { App } from './http.ts';
import { inviteConsultant } from '../accounts/use-cases/invitations/invite-consultant.ts';
import { requestPasswordReset } from '../accounts/use-cases/request-password-reset.ts';
import { sendPasswordResetLinks } from '../accounts/use-cases/send-password-reset-links.ts';
import { createBilan } from '../bilans/use-cases/create-bilan.ts';
import { saveFinancing } from '../financing/use-cases/save-financing.ts';
import { generateDocument } from '../documents/use-cases/generate-document.ts';
import { assignQuestionnaire } from '../questionnaires/use-cases/assign-questionnaire.ts';
import { inviteRespondent } from '../feedback/use-cases/invite-respondent.ts';
import { createEvaluation } from '../after/data/evaluation-repository.ts';
import { deliverPendingEmails } from '../email/use-cases/deliver-pending-emails.ts';

const DAY = 86_400_000;
let deps: TestDeps;
let app: App;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;
/** Addresses are unique on the installation: each test has its own. */
let suffix = 0;
const PEOPLE = { consultant: '', beneficiary: '', employer: '', respondent: '' };

beforeEach(async () => {
  deps = testDeps('2026-05-04T08:00:00Z');
  deps.mailDelivery = 'smtp';
  app = testApp(deps);
  ({ org, beneficiary, bilanId } = await createDocumentedBilan(deps, 'employer_plan'));
  suffix++;
  PEOPLE.consultant = `lea.roux.${suffix}@exemple.fr`;
  PEOPLE.beneficiary = `paul.martin.${suffix}@exemple.fr`;
  PEOPLE.employer = `rh.${suffix}@acme.fr`;
  PEOPLE.respondent = `collegue.${suffix}@exemple.fr`;
});

/** Every kind of personal link, sent once each. */
async function sendEveryKindOfLink(): Promise<void> {
  await inviteConsultant(deps, org.admin.actor, { firstName: 'Léa', lastName: 'Roux', email: PEOPLE.consultant });
  await createBilan(deps, org.consultant.actor, {
    beneficiary: { firstName: 'Paul', lastName: 'Martin', email: PEOPLE.beneficiary },
    financing: 'opco',
    plannedHours: 1200,
  });
  await requestPasswordReset(deps, { ip: '192.0.2.8', userAgent: null }, { email: org.consultant.email });
  await sendPasswordResetLinks(deps, deps.clock.now());
  await saveFinancing(deps, org.consultant.actor, bilanId, {
    price: '1 800',
    employerName: 'Acme Industrie',
    employerContactName: 'Marc Martin',
    employerContactEmail: PEOPLE.employer,
  });
  await generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite');
  const { assignmentId } = await assignQuestionnaire(deps, org.consultant.actor, bilanId, {
    questionnaire: 'instrument:savoir-etre',
    dueOn: undefined,
    seanceId: undefined,
  });
  await inviteRespondent(deps, beneficiary.actor, assignmentId, { email: PEOPLE.respondent });
  await deps.db.transaction().execute((trx) =>
    createEvaluation(
      trx,
      {
        bilanId,
        organisationId: org.id,
        kind: 'chaud',
        to: beneficiary.email,
        firstName: 'Bruno',
        organisationName: org.name,
      },
      deps,
      deps.clock.now(),
    ),
  );
}

const PATHS = {
  invitationConsultant: '/invitation/',
  invitationBeneficiary: '/invitation/',
  passwordReset: '/reinitialiser-mot-de-passe/',
  employerSignature: '/signature/',
  respondent: '/regard/',
  evaluation: '/evaluation/',
} as const;
type Kind = keyof typeof PATHS;

/** The token of each kind of link, as its addressee received it from the (recording) SMTP server. */
function tokensReceived(sent: { to: string; text: string; html: string }[]): Record<Kind, string> {
  const recipients: Record<Kind, string> = {
    invitationConsultant: PEOPLE.consultant,
    invitationBeneficiary: PEOPLE.beneficiary,
    passwordReset: org.consultant.email,
    employerSignature: PEOPLE.employer,
    respondent: PEOPLE.respondent,
    evaluation: beneficiary.email,
  };
  const tokens = {} as Record<Kind, string>;
  for (const kind of Object.keys(PATHS) as Kind[]) {
    const path = PATHS[kind];
    const mail = sent.find((m) => m.to === recipients[kind] && m.text.includes(path));
    const token = mail && new RegExp(`${path}([A-Za-z0-9_-]{43})`).exec(mail.text)?.[1];
    if (!mail || !token) throw new Error(`No ${kind} link received by ${recipients[kind]}`);
    expect(mail.html).toContain(`${path}${token}`);
    tokens[kind] = token;
  }
  return tokens;
}

describe('single-use links with an e-mail server (decision 026)', () => {
  it('never shows a personal link to an admin, delivers it, then keeps none of them in the database', async () => {
    await sendEveryKindOfLink();
    const admin = await loginAs(app, org.admin.email);

    // Before delivery: the admin's list and each message, opened one by one.
    const listBefore = await call(app, 'GET', '/api/admin/outbox', { cookie: admin });
    expect(listBefore.status).toBe(200);
    const opened: { status: number; text: string }[] = [];
    for (const message of listBefore.body.messages as { id: string }[]) {
      opened.push(await call(app, 'GET', `/api/admin/outbox/${message.id}`, { cookie: admin }));
    }

    const transport = recordingTransport();
    await deliverPendingEmails(deps, transport, deps.clock.now());
    const tokens = tokensReceived(transport.sent);

    // After delivery: the list, each message, and every stored row.
    const listAfter = await call(app, 'GET', '/api/admin/outbox', { cookie: admin });
    for (const message of listAfter.body.messages as { id: string }[]) {
      opened.push(await call(app, 'GET', `/api/admin/outbox/${message.id}`, { cookie: admin }));
    }
    const rows = await deps.db.selectFrom('outbox_emails').selectAll().execute();
    expect(rows.filter((r) => r.status !== 'sent')).toEqual([]);
    const stored = JSON.stringify(rows);
    for (const token of Object.values(tokens)) {
      expect(listBefore.text).not.toContain(token);
      expect(listAfter.text).not.toContain(token);
      expect(stored).not.toContain(token);
      for (const response of opened) expect(response.text).not.toContain(token);
    }
    expect(opened.map((r) => r.status)).toEqual(opened.map(() => 200));
    expect(listAfter.body.messages.filter((m: { personalLink: boolean }) => m.personalLink)).toHaveLength(6);
    expect(stored).toContain('[lien personnel retiré]');
    // Reading a message revealed nothing, so nothing was recorded as such.
    const viewed = await deps.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'outbox.message_viewed')
      .execute();
    expect(viewed).toEqual([]);

    // The addressees' links work.
    expect((await call(app, 'GET', `/api/invitations/${tokens.invitationConsultant}`)).status).toBe(200);
    expect((await call(app, 'GET', `/api/invitations/${tokens.invitationBeneficiary}`)).status).toBe(200);
    expect((await call(app, 'GET', `/api/signature-links/${tokens.employerSignature}`)).status).toBe(200);
    expect((await call(app, 'GET', `/api/regard/${tokens.respondent}`)).status).toBe(200);
    expect((await call(app, 'GET', `/api/evaluations/${tokens.evaluation}`)).status).toBe(200);
  });

  it('expires every kind of link, with a French refusal', async () => {
    await sendEveryKindOfLink();
    const transport = recordingTransport();
    await deliverPendingEmails(deps, transport, deps.clock.now());
    const tokens = tokensReceived(transport.sent);
    // Lifetimes: reset 1 hour, invitations 7 days, 360° 21 days, signature 30 days, évaluation 60 days.
    deps.clock.advance(61 * DAY + 60_000);
    const refusals = [
      await call(app, 'GET', `/api/invitations/${tokens.invitationConsultant}`),
      await call(app, 'GET', `/api/invitations/${tokens.invitationBeneficiary}`),
      await call(app, 'POST', '/api/auth/password-reset/confirm', {
        body: { token: tokens.passwordReset, password: 'une phrase de passe neuve' },
      }),
      await call(app, 'GET', `/api/signature-links/${tokens.employerSignature}`),
      await call(app, 'GET', `/api/regard/${tokens.respondent}`),
      await call(app, 'GET', `/api/evaluations/${tokens.evaluation}`),
    ];
    expect(refusals.map((r) => r.status)).toEqual([410, 410, 410, 410, 410, 410]);
    for (const refusal of refusals) expect(refusal.body.error.message).toMatch(/expiré|n’est plus valide/);
  });
});
