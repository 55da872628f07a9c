/**
 * Sharing with consent (decision 045) against a real PostgreSQL: the beneficiary alone shares,
 * the e-mail carries the link as a personal link, the link opens once (of 40 concurrent openings
 * exactly one succeeds), the visit downloads only the share's own documents for a limited time,
 * withdrawal, expiry and « Renvoyer le lien » refuse what they must in French, every step is in
 * the audit log and in the beneficiary's list, and a refused change leaves nothing behind.
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
import { PDFTOTEXT_MISSING, pdfText } from '../../../tests/support/pdf-text.ts';
import { dayIn, linksTo, shareResults, submitRiasec } from '../../../tests/support/sharing.ts';
import { call, loginAs, testApp } from '../../../tests/support/http.ts';
import { deliverPendingEmails } from '../../email/use-cases/deliver-pending-emails.ts';
import { recordingTransport } from '../../platform/email/transport.ts';
import { AppError } from '../../shared/errors.ts';
import { SHARE_SOURCES } from '../capability.ts';
import type { ShareSources } from '../data/documents/source.ts';
import { createShare } from './create-share.ts';
import { downloadSharedDocument } from './download-shared-document.ts';
import { listShares } from './list-shares.ts';
import { openShare } from './open-share.ts';
import { previewShare } from './preview-share.ts';
import { resendShare } from './resend-share.ts';
import { revokeShare } from './revoke-share.ts';

const origin = { ip: '192.0.2.80', userAgent: 'test' };
let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;

beforeEach(async () => {
  deps = testDeps();
  org = await createOrganisation(deps);
  beneficiary = await createUser(deps, org.id, 'beneficiary');
  bilanId = await insertBilan(deps, org, beneficiary);
  await submitRiasec(deps, org.consultant.actor, beneficiary.actor, bilanId);
});

const me = () => beneficiary.actor;
const open = (token: string, sources: ShareSources = SHARE_SOURCES) => openShare(deps, sources, origin, token);
const download = (visit: string, document: 'synthese' | 'resultats', sources: ShareSources = SHARE_SOURCES) =>
  downloadSharedDocument(deps, sources, origin, visit, document);

async function refusal(promise: Promise<unknown>): Promise<{ code: string; status: number; message: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const e = error as AppError;
  return { code: e.code, status: e.status, message: e.message };
}

async function auditActions(): Promise<string[]> {
  const rows = await deps.db
    .selectFrom('audit_events')
    .select('action')
    .where('organisation_id', '=', org.id)
    .where('action', 'like', 'share.%')
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

async function counts() {
  const count = async (table: 'shares' | 'outbox_emails' | 'audit_events') =>
    Number(
      (
        await deps.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return { shares: await count('shares'), outbox: await count('outbox_emails'), audit: await count('audit_events') };
}

describe('creating a share', () => {
  it('stores only the SHA-256, e-mails a personal link in French, and audits it', async () => {
    const { shareId, token, email } = await shareResults(deps, me(), bilanId, { expiresOn: dayIn(deps, 10) });
    const row = await deps.db.selectFrom('shares').selectAll().where('id', '=', shareId).executeTakeFirstOrThrow();
    expect(row.token_hash.equals(deps.tokens.hash(token))).toBe(true);
    expect(JSON.stringify(row)).not.toContain(token);
    const mail = await deps.db
      .selectFrom('outbox_emails')
      .selectAll()
      .where('to_address', '=', email)
      .executeTakeFirstOrThrow();
    expect(mail.link_url).toBe(`${deps.publicUrl}/partage/${token}`);
    expect(mail.link_expires_at).toEqual(row.expires_at);
    expect(mail.text_body).toContain('ne les transmettez pas');
    expect(mail.text_body).toContain('une seule fois');
    expect(mail.text_body).toContain('les résultats détaillés des questionnaires');
    expect(mail.subject).toContain(`${beneficiary.actor.firstName} ${beneficiary.actor.lastName}`);
    expect(await auditActions()).toEqual(['share.created']);
  });

  it('is the beneficiary’s alone: their consultant and admins 403, another beneficiary 404', async () => {
    const input = {
      recipientName: 'Employeur',
      recipientEmail: 'rh@exemple.fr',
      recipientKind: 'employeur' as const,
      documents: ['resultats' as const],
      expiresOn: dayIn(deps, 5),
    };
    expect((await refusal(createShare(deps, SHARE_SOURCES, org.consultant.actor, bilanId, input))).status).toBe(403);
    expect((await refusal(createShare(deps, SHARE_SOURCES, org.admin.actor, bilanId, input))).status).toBe(403);
    const other = await createUser(deps, org.id, 'beneficiary');
    await insertBilan(deps, org, other);
    expect((await refusal(createShare(deps, SHARE_SOURCES, other.actor, bilanId, input))).status).toBe(404);
    expect((await refusal(listShares(deps, SHARE_SOURCES, org.consultant.actor, bilanId))).status).toBe(403);
  });

  it('refuses a document not available yet, or a last day out of range, leaving nothing half-done', async () => {
    const before = await counts();
    const synthese = await refusal(
      createShare(deps, SHARE_SOURCES, me(), bilanId, {
        recipientName: 'Financeur',
        recipientEmail: 'financeur@exemple.fr',
        recipientKind: 'financeur',
        documents: ['resultats', 'synthese'],
        expiresOn: dayIn(deps, 5),
      }),
    );
    expect(synthese).toMatchObject({ code: 'share_refused', status: 409 });
    expect(synthese.message).toContain('document de synthèse');
    const tooLong = await refusal(
      createShare(deps, SHARE_SOURCES, me(), bilanId, {
        recipientName: 'Financeur',
        recipientEmail: 'financeur@exemple.fr',
        recipientKind: 'financeur',
        documents: ['resultats'],
        expiresOn: dayIn(deps, 91),
      }),
    );
    expect(tooLong).toMatchObject({ code: 'validation_failed', status: 422 });
    const past = await refusal(
      createShare(deps, SHARE_SOURCES, me(), bilanId, {
        recipientName: 'Financeur',
        recipientEmail: 'financeur@exemple.fr',
        recipientKind: 'financeur',
        documents: ['resultats'],
        expiresOn: dayIn(deps, -1),
      }),
    );
    expect(past.status).toBe(422);
    expect(await counts()).toEqual(before);
    // 90 days is the longest share.
    await shareResults(deps, me(), bilanId, { expiresOn: dayIn(deps, 90) });
  });

  it('refuses the results while no instrument has been submitted', async () => {
    const fresh = await createUser(deps, org.id, 'beneficiary');
    const freshBilan = await insertBilan(deps, org, fresh);
    const error = await refusal(shareResults(deps, fresh.actor, freshBilan));
    expect(error.code).toBe('share_refused');
    expect(error.message).toContain('Aucun résultat');
  });
});

describe('the recipient’s link', () => {
  it('shows who shares what without being spent, opens once, then refuses in French and audits the attempt', async () => {
    const { shareId, token } = await shareResults(deps, me(), bilanId);
    const preview = await previewShare(deps, SHARE_SOURCES, token);
    expect(preview).toMatchObject({
      beneficiaryName: expect.stringContaining(beneficiary.actor.firstName),
      recipientName: 'Claire Conseil',
      documents: [{ document: 'resultats', label: 'Les résultats détaillés des questionnaires' }],
      lastDay: dayIn(deps, 30),
    });
    await previewShare(deps, SHARE_SOURCES, token);
    const visit = await open(token);
    expect(visit.documents.map((d) => d.document)).toEqual(['resultats']);
    const again = await refusal(open(token));
    expect(again).toMatchObject({ code: 'share_closed', status: 410 });
    expect(again.message).toContain('déjà été utilisé');
    expect((await refusal(previewShare(deps, SHARE_SOURCES, token))).status).toBe(410);
    expect(await auditActions()).toEqual(['share.created', 'share.opened', 'share.refused']);
    const file = await download(visit.visit, 'resultats');
    expect(file.contentType).toBe('application/pdf');
    expect(Buffer.from(file.bytes).subarray(0, 5).toString()).toBe('%PDF-');
    if (!PDFTOTEXT_MISSING) {
      const text = pdfText(file.bytes);
      expect(text).toContain('À lire avant les résultats');
      expect(text).toContain('Vos centres d’intérêt professionnels');
      expect(text).not.toContain('Points pour le');
    }
    const view = await listShares(deps, SHARE_SOURCES, me(), bilanId);
    const share = view.shares.find((s) => s.id === shareId)!;
    expect(share.status).toBe('opened');
    expect(share.accesses.map((a) => [a.kind, a.document])).toEqual([
      ['opened', null],
      ['downloaded', 'resultats'],
    ]);
    expect(await auditActions()).toEqual([
      'share.created',
      'share.opened',
      'share.refused',
      'share.document_downloaded',
    ]);
  });

  it('opens exactly once under 40 concurrent openings', async () => {
    const { shareId, token } = await shareResults(deps, me(), bilanId);
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => open(token)));
    const opened = results.filter((r) => r.status === 'fulfilled');
    expect(opened).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'share_closed' });
    const accesses = await deps.db
      .selectFrom('share_accesses')
      .select('kind')
      .where('share_id', '=', shareId)
      .execute();
    expect(accesses).toEqual([{ kind: 'opened' }]);
  });

  it('refuses an unknown link (404), an expired one and a withdrawn one (410, French)', async () => {
    expect((await refusal(open('A'.repeat(43)))).code).toBe('share_invalid');
    const { token: expiring } = await shareResults(deps, me(), bilanId, { expiresOn: dayIn(deps, 2) });
    deps.clock.advance(3 * 86_400_000);
    const expired = await refusal(open(expiring));
    expect(expired.status).toBe(410);
    expect(expired.message).toContain('a expiré');
    const { shareId, token } = await shareResults(deps, me(), bilanId);
    await revokeShare(deps, me(), shareId);
    const revoked = await refusal(open(token));
    expect(revoked.status).toBe(410);
    expect(revoked.message).toContain('retiré');
    expect((await refusal(revokeShare(deps, me(), shareId))).code).toBe('share_refused');
    const statuses = (await listShares(deps, SHARE_SOURCES, me(), bilanId)).shares.map((s) => s.status).sort();
    expect(statuses).toEqual(['expired', 'revoked']);
  });
});

describe('the visit', () => {
  it('downloads only its own share’s documents, ends after 30 minutes or on withdrawal', async () => {
    const { shareId, token } = await shareResults(deps, me(), bilanId);
    const { visit } = await open(token);
    // The synthèse is not in this share; nor is a link's token a visit.
    expect((await refusal(download(visit, 'synthese'))).status).toBe(404);
    const other = await shareResults(deps, me(), bilanId);
    expect((await refusal(download(other.token, 'resultats'))).status).toBe(404);
    await download(visit, 'resultats');
    deps.clock.advance(31 * 60_000);
    const over = await refusal(download(visit, 'resultats'));
    expect(over.status).toBe(410);
    expect(over.message).toContain('consultation est terminée');
    const second = await shareResults(deps, me(), bilanId);
    const { visit: visit2 } = await open(second.token);
    await revokeShare(deps, me(), second.shareId);
    const revoked = await refusal(download(visit2, 'resultats'));
    expect(revoked.status).toBe(410);
    expect(revoked.message).toContain('retiré');
    const downloads = await deps.db
      .selectFrom('share_accesses')
      .select('kind')
      .where('share_id', '=', shareId)
      .where('kind', '=', 'downloaded')
      .execute();
    expect(downloads).toHaveLength(1);
  });

  it('downloads the synthèse when it is shared and available (its source from the wiring)', async () => {
    const sources: ShareSources = {
      ...SHARE_SOURCES,
      synthese: {
        kind: 'synthese',
        label: 'Le document de synthèse',
        available: () => Promise.resolve(true),
        render: () =>
          Promise.resolve({
            bytes: Buffer.from('%PDF-1.7 synthèse'),
            filename: 'synthese.pdf',
            contentType: 'application/pdf',
          }),
      },
    };
    const email = 'cep.synthese@exemple.fr';
    await createShare(deps, sources, me(), bilanId, {
      recipientName: 'CEP',
      recipientEmail: email,
      recipientKind: 'cep',
      documents: ['synthese', 'resultats'],
      expiresOn: dayIn(deps, 7),
    });
    const [token] = await linksTo(deps, email);
    const { visit, documents } = await open(token!, sources);
    expect(documents.map((d) => d.document)).toEqual(['synthese', 'resultats']);
    expect((await download(visit, 'synthese', sources)).filename).toBe('synthese.pdf');
  });
});

describe('« Renvoyer le lien »', () => {
  it('sends a new link that opens once; the previous one is unknown; refused once withdrawn', async () => {
    const { shareId, token, email } = await shareResults(deps, me(), bilanId);
    await open(token);
    await resendShare(deps, SHARE_SOURCES, me(), shareId);
    const fresh = (await linksTo(deps, email)).find((t) => t !== token)!;
    expect((await refusal(open(token))).code).toBe('share_invalid');
    await open(fresh);
    expect((await refusal(open(fresh))).status).toBe(410);
    expect((await refusal(resendShare(deps, SHARE_SOURCES, org.consultant.actor, shareId))).status).toBe(403);
    await revokeShare(deps, me(), shareId);
    const before = await counts();
    expect((await refusal(resendShare(deps, SHARE_SOURCES, me(), shareId))).code).toBe('share_refused');
    expect(await counts()).toEqual(before);
    const view = (await listShares(deps, SHARE_SOURCES, me(), bilanId)).shares[0]!;
    expect(view.accesses.filter((a) => a.kind === 'opened')).toHaveLength(2);
  });
});

describe('the link with an e-mail server (decision 026)', () => {
  it('reaches the recipient only: never listed to an admin, gone from the database once delivered', async () => {
    deps.mailDelivery = 'smtp';
    const app = testApp(deps);
    const { token, email } = await shareResults(deps, me(), bilanId);
    const admin = await loginAs(app, org.admin.email);
    const before = await call(app, 'GET', '/api/admin/outbox', { cookie: admin });
    expect(before.status).toBe(200);
    expect(before.text).not.toContain(token);
    const transport = recordingTransport();
    await deliverPendingEmails(deps, transport, deps.clock.now());
    const mail = transport.sent.find((m) => m.to === email)!;
    expect(mail.text).toContain(`/partage/${token}`);
    const stored = JSON.stringify(await deps.db.selectFrom('outbox_emails').selectAll().execute());
    expect(stored).not.toContain(token);
    expect(stored).toContain('[lien personnel retiré]');
    expect((await call(app, 'GET', '/api/admin/outbox', { cookie: admin })).text).not.toContain(token);
    expect((await call(app, 'GET', `/api/partage/${token}`)).status).toBe(200);
    const opened = await call(app, 'POST', `/api/partage/${token}/open`);
    expect(opened.status).toBe(200);
    const again = await call(app, 'POST', `/api/partage/${token}/open`);
    expect(again.status).toBe(410);
    expect(again.body.error.message).toContain('déjà été utilisé');
    const pdf = await call(app, 'GET', `/api/partage/visite/${opened.body.visit}/resultats`);
    expect(pdf.status).toBe(200);
    expect((await call(app, 'GET', `/api/partage/visite/${opened.body.visit}/synthese`)).status).toBe(404);
  });
});
