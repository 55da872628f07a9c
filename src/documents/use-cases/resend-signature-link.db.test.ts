/**
 * « Renvoyer » for the employer's signature link (decision 026): the consultant sends a new link,
 * to the contact's address as it now stands in the financing; the previous link is refused in
 * French, the new one signs; nothing is sent once the employer has signed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import { createDocumentedBilan, createUser, type TestOrganisation } from '../../../tests/support/factories.ts';
import { saveFinancing } from '../../financing/use-cases/save-financing.ts';
import { generateDocument } from './generate-document.ts';
import { getSignatureLink } from './get-signature-link.ts';
import { getSignatureLinkPdf } from './get-signature-link-pdf.ts';
import { listDocuments } from './list-documents.ts';
import { resendSignatureLink } from './resend-signature-link.ts';
import { signConventionWithLink } from './sign-convention-with-link.ts';

const DAY = 86_400_000;
let deps: TestDeps;
let org: TestOrganisation;
let bilanId: string;

beforeEach(async () => {
  deps = testDeps('2026-05-04T08:00:00Z');
  ({ org, bilanId } = await createDocumentedBilan(deps, 'employer_plan'));
  await saveFinancing(deps, org.consultant.actor, bilanId, {
    price: '1 800',
    employerName: 'Acme Industrie',
    employerContactName: 'Marc Martin',
    employerContactEmail: 'rh@acme.fr',
  });
});

/** The token of the last signature link e-mailed to `to` (a trial installation: from the outbox). */
async function tokenSentTo(to: string): Promise<string> {
  const mail = await deps.db
    .selectFrom('outbox_emails')
    .select('text_body')
    .where('kind', '=', 'convention_to_sign')
    .where('organisation_id', '=', org.id)
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return /\/signature\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
}

describe('sending the employer a new signature link', () => {
  it('replaces the link, refuses the old one in French, and the new one signs', async () => {
    const { documentId, sha256 } = await generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite');
    const first = await tokenSentTo('rh@acme.fr');
    expect((await listDocuments(deps, org.consultant.actor, bilanId)).employerLink).toMatchObject({
      documentId,
      email: 'rh@acme.fr',
      expired: false,
    });

    // Someone else's bilan is out of reach; only the consultant sends it.
    const other = await createUser(deps, org.id, 'consultant', 'autre');
    await expect(resendSignatureLink(deps, other.actor, documentId)).rejects.toMatchObject({ status: 404 });
    await expect(resendSignatureLink(deps, org.admin.actor, documentId)).rejects.toMatchObject({ status: 403 });

    // The contact's address was wrong: corrected in the financing, then « Renvoyer ».
    await saveFinancing(deps, org.consultant.actor, bilanId, { employerContactEmail: 'marc.martin@acme.fr' });
    deps.clock.advance(60_000);
    await resendSignatureLink(deps, org.consultant.actor, documentId);
    const second = await tokenSentTo('marc.martin@acme.fr');
    expect(second).not.toBe(first);
    for (const attempt of [getSignatureLink(deps, first), getSignatureLinkPdf(deps, first)]) {
      await expect(attempt).rejects.toMatchObject({
        status: 410,
        message:
          'Ce lien de signature a été remplacé par un lien plus récent : utilisez le dernier courriel reçu de l’organisme.',
      });
    }
    const origin = { ip: '203.0.113.9', userAgent: 'test' };
    await expect(
      signConventionWithLink(deps, origin, first, { signedName: 'Marc Martin', consent: true, sha256 }),
    ).rejects.toMatchObject({ code: 'signature_link_replaced' });
    expect(await getSignatureLink(deps, second)).toMatchObject({ sha256 });
    await signConventionWithLink(deps, origin, second, { signedName: 'Marc Martin', consent: true, sha256 });

    // Signed: nothing more to send.
    expect((await listDocuments(deps, org.consultant.actor, bilanId)).employerLink).toBeNull();
    await expect(resendSignatureLink(deps, org.consultant.actor, documentId)).rejects.toMatchObject({
      status: 409,
      message: 'L’employeur a déjà signé cette convention.',
    });
    const audited = await deps.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('subject_id', '=', documentId)
      .where('action', 'like', 'document.link%')
      .orderBy('id')
      .execute();
    expect(audited).toEqual([
      { action: 'document.link_sent', details: { email: 'rh@acme.fr' } },
      { action: 'document.link_resent', details: { email: 'marc.martin@acme.fr' } },
    ]);
  });

  it('gives a way through after expiry: the expired link is refused, a new one works', async () => {
    const { documentId } = await generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite');
    const first = await tokenSentTo('rh@acme.fr');
    deps.clock.advance(30 * DAY);
    await expect(getSignatureLink(deps, first)).rejects.toMatchObject({ code: 'signature_link_expired', status: 410 });
    expect((await listDocuments(deps, org.consultant.actor, bilanId)).employerLink).toMatchObject({ expired: true });
    await resendSignatureLink(deps, org.consultant.actor, documentId);
    expect(await getSignatureLink(deps, await tokenSentTo('rh@acme.fr'))).toMatchObject({
      title: 'Convention tripartite de bilan de compétences',
    });
  });
});
