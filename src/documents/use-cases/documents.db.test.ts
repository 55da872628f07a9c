/**
 * Documents and signatures against PostgreSQL (decision 015), with their effects on the financing
 * record and PDFs read back by
 * pdftotext: names, dates, hours and amounts in the documents, and no bilan content in the
 * certificate or the funder's view.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testDeps, type TestDeps } from '../../../tests/support/deps.ts';
import {
  completePreliminaire,
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
  createDocumentedBilan,
  DOCUMENTED_BENEFICIARY,
  DOCUMENTED_SIGNATORY,
} from '../../../tests/support/factories.ts';
import { PDFTOTEXT_MISSING, pdfImages, pdfText } from '../../../tests/support/pdf-text.ts';
import { samplePng } from '../../../tests/support/sample-images.ts';
import { uploadLogo } from '../../organisation/use-cases/upload-logo.ts';
import { removeLogo } from '../../organisation/use-cases/remove-logo.ts';
import { getFinancing } from '../../financing/use-cases/get-financing.ts';
import { saveFinancing } from '../../financing/use-cases/save-financing.ts';
import { getDocumentPdf } from './get-document-pdf.ts';
import { generateDocument } from './generate-document.ts';
import { listDocuments } from './list-documents.ts';
import { signDocument } from './sign-document.ts';
import { getSignatureLink } from './get-signature-link.ts';
import { signConventionWithLink } from './sign-convention-with-link.ts';
import { signConventionInPerson } from './sign-convention-in-person.ts';
import { changeBilanPhase } from '../../bilans/use-cases/change-bilan-phase.ts';
import { bilanChecklist } from '../../bilans/data/bilan-checklist.ts';
import { sweepFinancingDeadlines } from '../../financing/use-cases/sweep-financing-deadlines.ts';
import { getFunderView } from './get-funder-view.ts';
import { getFunderViewPdf } from './get-funder-view-pdf.ts';
import { attestItem } from '../../bilans/use-cases/attest-item.ts';
import type { Financing } from '../../financing/domain/catalog.ts';

let deps: TestDeps;
let org: TestOrganisation;
let beneficiary: TestUser;
let bilanId: string;
const NAME = DOCUMENTED_BENEFICIARY;

async function setup(financing: Financing, now: string, mentions = true) {
  deps = testDeps(now);
  ({ org, beneficiary, bilanId } = await createDocumentedBilan(deps, financing, { mentions }));
}

const consultantName = async () => {
  const u = await deps.db
    .selectFrom('users')
    .select(['first_name', 'last_name'])
    .where('id', '=', org.consultant.id)
    .executeTakeFirstOrThrow();
  return `${u.first_name} ${u.last_name}`;
};
const count = async (table: 'bilan_documents' | 'document_signatures' | 'seances') =>
  (await deps.db.selectFrom(table).select('id').where('organisation_id', '=', org.id).execute()).length;

describe('CPF documents', () => {
  beforeEach(() => setup('cpf', '2026-05-06T08:00:00Z'));

  it.skipIf(Boolean(PDFTOTEXT_MISSING))(
    'generates the quote and the CPF order sheet with the right names, dates and amounts',
    async () => {
      await expect(generateDocument(deps, org.consultant.actor, bilanId, 'devis')).rejects.toMatchObject({
        code: 'document_refused',
        message: expect.stringContaining('prix'),
      });
      await saveFinancing(deps, org.consultant.actor, bilanId, {
        cpfOrderReference: 'CPF-2026-000123',
        cpfValidatedOn: '2026-05-04',
        price: '1 950',
      });
      const quote = await generateDocument(deps, org.consultant.actor, bilanId, 'devis');
      const text = pdfText((await getDocumentPdf(deps, beneficiary.actor, quote.documentId, false)).pdf);
      expect(text).toContain('Devis — bilan de compétences');
      expect(text).toContain('Bruno Lefèvre');
      expect(text).toContain('Cap Avenir Conseil SARL');
      expect(text).toContain('6 mai 2026');
      expect(text).toContain('1 950,00 €');
      expect(text).toContain('20 h');
      expect(text).toContain('22 mai 2026');
      expect(text).toContain('350,00 €');
      const sheet = await generateDocument(deps, org.consultant.actor, bilanId, 'commande_cpf');
      const sheetText = pdfText((await getDocumentPdf(deps, org.consultant.actor, sheet.documentId, false)).pdf);
      expect(sheetText).toContain('CPF-2026-000123');
      expect(sheetText).toContain('4 mai 2026');
      await expect(generateDocument(deps, org.consultant.actor, bilanId, 'contrat_individuel')).rejects.toMatchObject({
        code: 'document_refused',
      });
    },
  );
});

describe('simple electronic signature', () => {
  beforeEach(async () => {
    await setup('cpf', '2026-05-06T08:00:00Z');
    await saveFinancing(deps, org.consultant.actor, bilanId, { price: '1 600' });
  });

  it('signs the exact PDF shown, refuses twice and a document that changed; the signed copy carries the signature page', async () => {
    const { documentId, sha256 } = await generateDocument(deps, org.consultant.actor, bilanId, 'devis');
    const listed = await listDocuments(deps, beneficiary.actor, bilanId);
    expect(listed.documents[0]).toMatchObject({
      id: documentId,
      sha256,
      awaitingMySignature: true,
      fullySigned: false,
    });
    const name = `${NAME.first} ${NAME.last}`;
    await expect(
      signDocument(deps, beneficiary.actor, documentId, { signedName: name, consent: true, sha256: 'f'.repeat(64) }),
    ).rejects.toMatchObject({ code: 'document_changed' });
    await expect(
      signDocument(deps, beneficiary.actor, documentId, { signedName: 'Quelqu’un d’autre', consent: true, sha256 }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await count('document_signatures')).toBe(0);
    await signDocument(deps, beneficiary.actor, documentId, { signedName: name, consent: true, sha256 });
    await expect(
      signDocument(deps, beneficiary.actor, documentId, { signedName: name, consent: true, sha256 }),
    ).rejects.toMatchObject({ code: 'already_signed', message: 'Vous avez déjà signé ce document.' });
    // The quote is also signed for the organisation, by the bilan's consultant; the CPF order
    // sheet is signed by nobody.
    expect((await listDocuments(deps, beneficiary.actor, bilanId)).documents[0]?.fullySigned).toBe(false);
    await signDocument(deps, org.consultant.actor, documentId, {
      signedName: await consultantName(),
      consent: true,
      sha256,
    });
    expect((await listDocuments(deps, beneficiary.actor, bilanId)).documents[0]?.fullySigned).toBe(true);
    const sheet = await generateDocument(deps, org.consultant.actor, bilanId, 'commande_cpf');
    await expect(
      signDocument(deps, org.consultant.actor, sheet.documentId, {
        signedName: await consultantName(),
        consent: true,
        sha256: sheet.sha256,
      }),
    ).rejects.toMatchObject({ code: 'signature_not_expected' });
    const stored = await deps.db
      .selectFrom('document_signatures')
      .selectAll()
      .where('document_id', '=', documentId)
      .where('signer_role', '=', 'beneficiary')
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({
      signer_role: 'beneficiary',
      signer_user_id: beneficiary.id,
      document_sha256: sha256,
      ip: '192.0.2.1',
      signed_name: name,
    });
    expect(stored.signed_at.toISOString()).toBe('2026-05-06T08:00:00.000Z');
    if (!PDFTOTEXT_MISSING) {
      const text = pdfText((await getDocumentPdf(deps, org.consultant.actor, documentId, true)).pdf);
      expect(text).toContain('Page de signatures');
      expect(text).toContain(sha256);
      expect(text).toContain('Bénéficiaire : Bruno Lefèvre');
      expect(text).toContain('6 mai 2026 à 10:00:00');
      expect(text).toContain('192.0.2.1');
    }
  });

  it('refuses to sign a version that was replaced since it was shown', async () => {
    const first = await generateDocument(deps, org.consultant.actor, bilanId, 'devis');
    await saveFinancing(deps, org.consultant.actor, bilanId, { price: '1 500' });
    const second = await generateDocument(deps, org.consultant.actor, bilanId, 'devis');
    expect(second.sha256).not.toBe(first.sha256);
    await expect(
      signDocument(deps, beneficiary.actor, first.documentId, {
        signedName: 'Bruno Lefèvre',
        consent: true,
        sha256: first.sha256,
      }),
    ).rejects.toMatchObject({
      code: 'document_changed',
      message: 'Le document a changé depuis son affichage : relisez la nouvelle version avant de signer.',
    });
  });
});

describe('employer plan: tripartite convention', () => {
  beforeEach(async () => {
    await setup('employer_plan', '2026-05-04T08:00:00Z');
    await saveFinancing(deps, org.consultant.actor, bilanId, {
      price: '1 800',
      employerName: 'Acme Industrie',
      employerSiret: '98765432100012',
      employerContactName: 'Marc Martin',
      employerContactEmail: 'rh@acme.fr',
    });
  });

  const tokenFromOutbox = async () => {
    const mail = await deps.db
      .selectFrom('outbox_emails')
      .select('text_body')
      .where('kind', '=', 'convention_to_sign')
      .where('organisation_id', '=', org.id)
      .orderBy('created_at', 'desc')
      .executeTakeFirstOrThrow();
    return /\/signature\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
  };

  it('is signed by the employer through a single-use link, the employee and the provider; the checklist sees it', async () => {
    const refused = await saveFinancing(deps, org.consultant.actor, bilanId, { employerSiret: '12345678900099' }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({
      fields: { employerSiret: expect.stringContaining('ne peut pas réaliser lui-même') },
    });
    const { documentId, sha256 } = await generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite');
    expect(await getFinancing(deps, org.consultant.actor, bilanId)).toMatchObject({
      status: 'sent_to_employee',
      employer: { conventionSentOn: '2026-05-04', signatureDeadline: '2026-05-14' },
    });
    const token = await tokenFromOutbox();
    expect(await getSignatureLink(deps, token)).toMatchObject({
      title: 'Convention tripartite de bilan de compétences',
      sha256,
      beneficiaryName: 'Bruno Lefèvre',
    });
    const origin = { ip: '203.0.113.9', userAgent: 'test' };
    await signConventionWithLink(deps, origin, token, { signedName: 'Marc Martin', consent: true, sha256 });
    await expect(
      signConventionWithLink(deps, origin, token, { signedName: 'Marc Martin', consent: true, sha256 }),
    ).rejects.toMatchObject({ code: 'signature_link_expired' });
    await signDocument(deps, beneficiary.actor, documentId, { signedName: 'Bruno Lefèvre', consent: true, sha256 });
    const facts = {
      id: bilanId,
      phase: 'preliminaire' as const,
      financing: 'employer_plan' as const,
      created_at: deps.clock.now(),
      accompaniment_done_minutes: 0,
    };
    const unmet = async () =>
      (await bilanChecklist(deps.db, facts)).checklist!.items.find((i) => i.code === 'convention_signed')!.met;
    expect(await unmet()).toBe(false);
    await signDocument(deps, org.consultant.actor, documentId, {
      signedName: await consultantName(),
      consent: true,
      sha256,
    });
    expect(await unmet()).toBe(true);
    expect((await getFinancing(deps, org.consultant.actor, bilanId)).status).toBe('signed');
    const employer = await deps.db
      .selectFrom('document_signatures')
      .selectAll()
      .where('signer_role', '=', 'employer')
      .where('document_id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(employer).toMatchObject({ signer_user_id: null, ip: '203.0.113.9', document_sha256: sha256 });
  });

  it('expires the link; the employee’s silence after 10 days means refusal, marked once by an idempotent sweep', async () => {
    const { documentId, sha256 } = await generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite');
    const token = await tokenFromOutbox();
    deps.clock.set('2026-05-14T20:00:00Z'); // 14 May, 22:00 in Paris: the last day
    expect(await sweepFinancingDeadlines(deps, deps.clock.now())).toEqual({
      conventionsLapsed: 0,
      withdrawalsOver: 0,
    });
    deps.clock.set('2026-05-15T06:00:00Z');
    await expect(
      signDocument(deps, beneficiary.actor, documentId, { signedName: 'Bruno Lefèvre', consent: true, sha256 }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('Ce refus ne constitue ni une faute ni un motif de licenciement.'),
    });
    expect(await sweepFinancingDeadlines(deps, deps.clock.now())).toEqual({
      conventionsLapsed: 1,
      withdrawalsOver: 0,
    });
    expect(await sweepFinancingDeadlines(deps, deps.clock.now())).toEqual({
      conventionsLapsed: 0,
      withdrawalsOver: 0,
    });
    const mails = await deps.db
      .selectFrom('outbox_emails')
      .select('text_body')
      .where('kind', '=', 'convention_lapsed')
      .where('organisation_id', '=', org.id)
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text_body).toContain('14 mai 2026');
    expect((await getFinancing(deps, org.consultant.actor, bilanId)).status).toBe('refused');
    deps.clock.set('2026-06-04T08:00:00Z');
    await expect(getSignatureLink(deps, token)).rejects.toMatchObject({ code: 'signature_link_expired' });
  });

  it('is signed in person by the named employer signatory, on the screen of the bilan’s consultant only; audited, once, and the link stops', async () => {
    const { documentId, sha256 } = await generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite');
    const token = await tokenFromOutbox();
    const input = { signedName: 'Marc Martin', consent: true as const, sha256 };
    const colleague = await createUser(deps, org.id, 'consultant', 'collegue');
    const elsewhere = await createOrganisation(deps);
    await expect(signConventionInPerson(deps, colleague.actor, documentId, input)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(signConventionInPerson(deps, elsewhere.consultant.actor, documentId, input)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(signConventionInPerson(deps, beneficiary.actor, documentId, input)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(signConventionInPerson(deps, org.admin.actor, documentId, input)).rejects.toMatchObject({
      code: 'forbidden',
    });
    // Only the person the convention names signs for the employer.
    await expect(
      signConventionInPerson(deps, org.consultant.actor, documentId, { ...input, signedName: 'Paul Durand' }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      fields: { signedName: expect.stringContaining('Marc Martin') },
    });
    expect(await count('document_signatures')).toBe(0);

    deps.clock.set('2026-05-05T09:30:00Z');
    await signConventionInPerson(deps, org.consultant.actor, documentId, { ...input, signedName: 'martin marc' });
    const row = await deps.db
      .selectFrom('document_signatures')
      .selectAll()
      .where('document_id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      signer_role: 'employer',
      signer_user_id: org.consultant.id,
      signed_name: 'martin marc',
      document_sha256: sha256,
      ip: org.consultant.actor.ip,
      signed_at: new Date('2026-05-05T09:30:00Z'),
    });
    const audit = await deps.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'document.signed')
      .where('subject_id', '=', documentId)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_user_id: org.consultant.id,
      actor_role: 'consultant',
      bilan_id: bilanId,
      details: { kind: 'convention_tripartite', signer: 'employer', sha256, inPresenceOf: 'consultant' },
    });
    // Once: a replay is refused, and the link sent by e-mail no longer opens nor signs.
    await expect(signConventionInPerson(deps, org.consultant.actor, documentId, input)).rejects.toMatchObject({
      code: 'already_signed',
    });
    await expect(getSignatureLink(deps, token)).rejects.toMatchObject({ code: 'signature_already_given' });
    await expect(
      signConventionWithLink(deps, { ip: '203.0.113.9', userAgent: 'test' }, token, input),
    ).rejects.toMatchObject({ code: 'signature_already_given' });
    expect(await count('document_signatures')).toBe(1);
    expect((await listDocuments(deps, org.consultant.actor, bilanId)).employerLink).toBeNull();

    // The same effects as the link's: with the employee and the provider, the convention is signed.
    await signDocument(deps, beneficiary.actor, documentId, { signedName: 'Bruno Lefèvre', consent: true, sha256 });
    await signDocument(deps, org.consultant.actor, documentId, {
      signedName: await consultantName(),
      consent: true,
      sha256,
    });
    expect((await getFinancing(deps, org.consultant.actor, bilanId)).status).toBe('signed');
    if (!PDFTOTEXT_MISSING) {
      const text = await pdfText((await getDocumentPdf(deps, org.consultant.actor, documentId, true)).pdf);
      expect(text.replace(/\s+/g, ' ')).toContain(
        `Signé sur place, en présence de ${await consultantName()}, consultant·e chargé·e du bilan`,
      );
    }
  });
});

describe('self-funded: individual contract', () => {
  it('starts the withdrawal period at the beneficiary’s signature; the sweep ends it once', async () => {
    await setup('self_funded', '2026-05-04T08:00:00Z');
    await saveFinancing(deps, org.consultant.actor, bilanId, { price: '2 000' });
    const { documentId, sha256 } = await generateDocument(deps, org.consultant.actor, bilanId, 'contrat_individuel');
    if (!PDFTOTEXT_MISSING) {
      const text = pdfText((await getDocumentPdf(deps, beneficiary.actor, documentId, false)).pdf);
      expect(text).toContain('délai de 10 jours pour se rétracter');
      expect(text).toContain('30 % du prix au plus');
      expect(text).toContain('2 000,00 €');
    }
    await signDocument(deps, beneficiary.actor, documentId, { signedName: 'Bruno Lefèvre', consent: true, sha256 });
    expect(await getFinancing(deps, org.consultant.actor, bilanId)).toMatchObject({
      status: 'contract_signed',
      selfFunded: {
        contractSignedOn: '2026-05-04',
        withdrawalEndsOn: '2026-05-14',
        firstPaymentAllowedOn: '2026-05-15',
        firstPaymentMaxCents: 60000,
      },
    });
    deps.clock.set('2026-05-14T12:00:00Z');
    expect((await sweepFinancingDeadlines(deps, deps.clock.now())).withdrawalsOver).toBe(0);
    deps.clock.set('2026-05-15T06:00:00Z');
    expect((await sweepFinancingDeadlines(deps, deps.clock.now())).withdrawalsOver).toBe(1);
    expect((await sweepFinancingDeadlines(deps, deps.clock.now())).withdrawalsOver).toBe(0);
    expect((await getFinancing(deps, org.consultant.actor, bilanId)).status).toBe('withdrawal_period_over');
  });

  it('warns when a séance falls inside the withdrawal period, and not when the first one is after it', async () => {
    await setup('self_funded', '2026-05-04T08:00:00Z');
    await saveFinancing(deps, org.consultant.actor, bilanId, { price: '2 000' });
    const { documentId, sha256 } = await generateDocument(deps, org.consultant.actor, bilanId, 'contrat_individuel');
    await signDocument(deps, beneficiary.actor, documentId, { signedName: 'Bruno Lefèvre', consent: true, sha256 });
    const seance = (startsAt: string, mode: 'in_person' | 'personal_work' = 'in_person') =>
      deps.db
        .insertInto('seances')
        .values({
          organisation_id: org.id,
          bilan_id: bilanId,
          consultant_id: org.consultant.id,
          phase: 'preliminaire',
          mode,
          place: mode === 'in_person' ? 'Bureau' : null,
          starts_at: startsAt,
          ends_at: startsAt.replace('T08', 'T10'),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const warning = async () =>
      (await getFinancing(deps, org.consultant.actor, bilanId)).issues.find(
        (i) => i.code === 'seance_during_withdrawal',
      );
    // Personal work is not accompaniment; the first séance on 15 May is after the period (ends 14 May).
    await seance('2026-05-08T08:00:00Z', 'personal_work');
    await seance('2026-05-15T08:00:00Z');
    expect(await warning()).toBeUndefined();
    // A séance on the last day of the period: the consultant is warned, with the date.
    const early = await seance('2026-05-14T08:00:00Z');
    expect((await warning())?.message).toBe(
      'Une séance a lieu le 14 mai 2026, pendant le délai de rétractation (jusqu’au 14 mai 2026) : assurez-vous que la ou le bénéficiaire a demandé expressément à commencer plus tôt, et gardez-en la trace.',
    );
    // Cancelled, it no longer counts.
    await deps.db.updateTable('seances').set({ status: 'cancelled' }).where('id', '=', early.id).execute();
    expect(await warning()).toBeUndefined();
  });
});

describe.skipIf(Boolean(PDFTOTEXT_MISSING))('certificate and funder view: administrative facts only', () => {
  it('produce dates, hours and completion at abandonment, and never the bilan’s content', async () => {
    await setup('opco', '2026-11-23T08:00:00Z');
    await completePreliminaire(deps, bilanId, org.consultant, beneficiary);
    const SECRET = 'CONTENU-CONFIDENTIEL-7Q';
    await deps.db
      .updateTable('bilan_phase_records')
      .set({ need_analysis: `Analyse ${SECRET}`, format: `Format ${SECRET}`, modalities: `Modalités ${SECRET}` })
      .where('bilan_id', '=', bilanId)
      .execute();
    await attestItem(deps, org.consultant.actor, bilanId, {
      item: 'career_path_reviewed',
      met: true,
      note: `Note ${SECRET}`,
    });
    // A held, signed séance with a topic (content) and a reason.
    await deps.db
      .insertInto('seances')
      .values({
        organisation_id: org.id,
        bilan_id: bilanId,
        consultant_id: org.consultant.id,
        phase: 'preliminaire',
        mode: 'in_person',
        place: `Lieu ${SECRET}`,
        topic: `Thème ${SECRET}`,
        starts_at: new Date('2026-11-16T13:00:00Z'),
        ends_at: new Date('2026-11-16T15:00:00Z'),
        status: 'held',
        actual_start_at: new Date('2026-11-16T13:00:00Z'),
        actual_end_at: new Date('2026-11-16T15:00:00Z'),
        signed_by_beneficiary_at: new Date('2026-11-16T15:01:00Z'),
        signed_by_consultant_at: new Date('2026-11-16T15:02:00Z'),
      })
      .execute();
    const seance = await deps.db
      .selectFrom('seances')
      .select('id')
      .where('bilan_id', '=', bilanId)
      .executeTakeFirstOrThrow();
    for (const [role, user] of [
      ['beneficiary', beneficiary],
      ['consultant', org.consultant],
    ] as const) {
      await deps.db
        .insertInto('attendance_signatures')
        .values({
          organisation_id: org.id,
          seance_id: seance.id,
          signer_role: role,
          signer_user_id: user.id,
          signed_name: 'Nom',
          method: 'in_person',
          captured_by: org.consultant.id,
          attested_start_at: new Date('2026-11-16T13:00:00Z'),
          attested_end_at: new Date('2026-11-16T15:00:00Z'),
          signed_at: new Date(role === 'beneficiary' ? '2026-11-16T15:01:00Z' : '2026-11-16T15:02:00Z'),
        })
        .execute();
    }
    await deps.db.updateTable('bilans').set({ accompaniment_done_minutes: 120 }).where('id', '=', bilanId).execute();

    const running = pdfText(await getFunderViewPdf(deps, org.consultant.actor, bilanId));
    expect(running).toContain('Certificat de réalisation Pas encore délivré');

    await changeBilanPhase(deps, org.consultant.actor, bilanId, { to: 'abandonne', reason: 'Reprise d’un emploi' });
    const docs = await listDocuments(deps, beneficiary.actor, bilanId);
    const certificate = docs.documents.find((d) => d.kind === 'certificat_realisation')!;
    const text = pdfText((await getDocumentPdf(deps, beneficiary.actor, certificate.id, false)).pdf);
    expect(text).toContain('Certificat de réalisation');
    expect(text).toContain('Bruno Lefèvre');
    expect(text).toContain('Début 16 novembre 2026');
    expect(text).toContain('Fin 23 novembre 2026');
    expect(text).toContain('Motif de l’interruption Reprise d’un emploi');
    expect(text).toMatch(/Accompagnement réalisé et émargé 2 ?h/);
    expect(text).toContain('Taux de réalisation 10 %');

    const view = await getFunderView(deps, org.consultant.actor, bilanId);
    expect(view).toMatchObject({
      startedOn: '2026-11-16',
      endedOn: '2026-11-23',
      completionBasisPoints: 1000,
      attendance: [{ date: '2026-11-16', start: '14:00', end: '16:00' }],
    });
    const funder = pdfText(await getFunderViewPdf(deps, org.consultant.actor, bilanId));
    expect(funder).toContain('16 novembre 2026 14:00 – 16:00 16/11/2026 16:01 16/11/2026 16:02');
    expect(funder).toContain('Délivré le 23 novembre 2026');
    for (const pdf of [text, funder]) {
      expect(pdf).not.toContain(SECRET);
      expect(pdf).not.toContain('quinze ans dans la logistique');
      expect(pdf).not.toContain('consentement éclairé');
    }
    await expect(getFunderView(deps, beneficiary.actor, bilanId)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

/** The PDF's text on one line (table cells and paragraphs wrap). */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('what the quote and the convention state (R6313-8, legal.md)', () => {
  const plan = (start: string, end: string, mode: 'in_person' | 'remote', status: 'planned' | 'cancelled') =>
    deps.db
      .insertInto('seances')
      .values({
        organisation_id: org.id,
        bilan_id: bilanId,
        consultant_id: org.consultant.id,
        phase: 'preliminaire',
        mode,
        place: mode === 'in_person' ? 'Lyon' : null,
        starts_at: new Date(start),
        ends_at: new Date(end),
        status,
      })
      .execute();

  it.skipIf(Boolean(PDFTOTEXT_MISSING))(
    'prints on the quote the period, the planned séances, the modality and place, the hours, the working time, the VAT mention and who signs',
    async () => {
      await setup('cpf', '2026-05-06T08:00:00Z');
      await saveFinancing(deps, org.consultant.actor, bilanId, {
        price: '1 950',
        modality: 'mixed',
        personalWorkHours: '8 h 30',
        workingTime: 'partly',
      });
      await plan('2026-06-03T12:00:00Z', '2026-06-03T14:00:00Z', 'in_person', 'planned');
      await plan('2026-06-10T12:00:00Z', '2026-06-10T14:30:00Z', 'remote', 'planned');
      await plan('2026-06-17T12:00:00Z', '2026-06-17T14:00:00Z', 'in_person', 'cancelled');
      const quote = await generateDocument(deps, org.consultant.actor, bilanId, 'devis');
      const text = flat(pdfText((await getDocumentPdf(deps, beneficiary.actor, quote.documentId, false)).pdf));
      for (const expected of [
        'Période Du 1er juin 2026 au 31 juillet 2026',
        'Modalité Mixte : en présentiel et à distance (entretiens synchrones)',
        'Lieu 12 rue de la République, 69002 Lyon',
        'Accompagnement 20 h d’entretiens individuels',
        'Travail personnel 8 h 30 entre les séances, en autonomie',
        'Le bilan se déroule en partie pendant le temps de travail',
        'demande l’autorisation d’absence de l’employeur',
        'Prix 1 950,00 € net de taxe',
        'TVA non applicable, article 261-4-4° a du CGI',
        'Calendrier des séances',
        '3 juin 2026 14:00 – 16:00 Présentiel',
        '10 juin 2026 14:00 – 16:30 À distance',
        'Bénéficiaire',
        'Organisme prestataire',
        `${DOCUMENTED_SIGNATORY.name}, ${DOCUMENTED_SIGNATORY.role}, pour Cap Avenir Conseil SARL`,
        `par ${await consultantName()}, consultant·e chargé·e du bilan, pour le compte de ${DOCUMENTED_SIGNATORY.name}`,
      ])
        expect(text).toContain(expected);
      expect(text).not.toContain('17 juin 2026');
      // Both parties sign the quote: the beneficiary, and the consultant for the organisation.
      expect(
        (await listDocuments(deps, beneficiary.actor, bilanId)).documents[0]?.signatures.map((s) => s.role),
      ).toEqual(['beneficiary', 'provider']);
    },
  );

  it.skipIf(Boolean(PDFTOTEXT_MISSING))(
    'prints on the convention the period, the remote modality, working time, the price with VAT and its payment, the results’ hand-over and who signs',
    async () => {
      await setup('employer_plan', '2026-05-04T08:00:00Z');
      await deps.db
        .updateTable('organisations')
        .set({ vat_regime: 'subject', vat_rate_basis_points: 2000 })
        .where('id', '=', org.id)
        .execute();
      await saveFinancing(deps, org.consultant.actor, bilanId, {
        price: '1 800',
        modality: 'remote',
        workingTime: 'during',
        employerName: 'Acme Industrie',
        employerContactName: 'Marc Martin',
        employerContactEmail: 'rh@acme.fr',
      });
      const convention = await generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite');
      const text = flat(pdfText((await getDocumentPdf(deps, org.consultant.actor, convention.documentId, false)).pdf));
      for (const expected of [
        'Convention tripartite de bilan de compétences',
        'Objectif Analyser ses compétences professionnelles et personnelles',
        'Période Du 1er juin 2026 au 31 juillet 2026',
        'Modalité À distance, en entretiens synchrones (visioconférence)',
        'Travail personnel 8 h entre les séances',
        'Le bilan se déroule entièrement pendant le temps de travail',
        'Prix HT 1 500,00 €',
        'TVA (20 %) 300,00 €',
        'Prix TTC 1 800,00 €',
        'Les dates des séances sont fixées d’un commun accord pendant la phase préliminaire',
        'Prix et modalités de paiement',
        'remis à la ou au bénéficiaire seul·e',
        'Employeur',
        'Marc Martin',
        `${DOCUMENTED_SIGNATORY.name}, ${DOCUMENTED_SIGNATORY.role}, pour Cap Avenir Conseil SARL`,
      ])
        expect(text).toContain(expected);
      // A remote bilan prints no place; a VAT-registered organisation no exemption.
      expect(text).not.toContain('12 rue de la République');
      expect(text).not.toContain('TVA non applicable');
    },
  );

  it.skipIf(Boolean(PDFTOTEXT_MISSING))(
    'prints the organisation’s logo and payment terms on the quote and the convention; a copy keeps the logo of its day',
    async () => {
      await setup('employer_plan', '2026-05-04T08:00:00Z');
      await deps.db
        .updateTable('organisations')
        .set({
          accent_colour: '#8a1c1c',
          payment_terms: 'Acompte de 30 % à la commande, solde à 30 jours fin de mois.',
        })
        .where('id', '=', org.id)
        .execute();
      await uploadLogo(deps, org.admin.actor, samplePng(150, 50));
      await saveFinancing(deps, org.consultant.actor, bilanId, {
        price: '1 800',
        modality: 'remote',
        workingTime: 'during',
        employerName: 'Acme Industrie',
        employerContactName: 'Marc Martin',
        employerContactEmail: 'rh@acme.fr',
      });
      for (const kind of ['devis', 'convention_tripartite'] as const) {
        const produced = await generateDocument(deps, org.consultant.actor, bilanId, kind);
        const { pdf } = await getDocumentPdf(deps, org.consultant.actor, produced.documentId, false);
        expect(pdfImages(pdf), kind).toEqual([{ page: 1, width: 150, height: 50 }]);
        const text = flat(pdfText(pdf));
        expect(text).toContain('Acompte de 30 % à la commande, solde à 30 jours fin de mois.');
        expect(text).not.toContain('sur facture émise à la fin du bilan');
        if (kind === 'convention_tripartite')
          expect(text).toContain('Aucune somme n’est demandée à la ou au salarié·e.');
      }
      // The logo removed afterwards: the signed copy, re-rendered from the stored document, keeps it.
      await removeLogo(deps, org.admin.actor);
      const quote = (await listDocuments(deps, org.consultant.actor, bilanId)).documents.find(
        (d) => d.kind === 'devis',
      )!;
      const copy = await getDocumentPdf(deps, org.consultant.actor, quote.id, true);
      expect(pdfImages(copy.pdf)).toEqual([{ page: 1, width: 150, height: 50 }]);
    },
  );

  it('refuses to produce the convention until every mention is filled in, naming each and where to fill it', async () => {
    await setup('employer_plan', '2026-05-04T08:00:00Z', false);
    await saveFinancing(deps, org.consultant.actor, bilanId, {
      price: '1 800',
      employerName: 'Acme Industrie',
      employerContactEmail: 'rh@acme.fr',
    });
    const refused = (await generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite').catch(
      (e: unknown) => e,
    )) as { code: string; message: string };
    expect(refused.code).toBe('document_refused');
    for (const named of [
      'section « Financement »',
      'la période prévue (début et fin)',
      'la modalité (présentiel, à distance ou mixte)',
      'les heures de travail personnel prévues',
      'si le bilan se déroule pendant le temps de travail',
      'profil de l’organisme, à compléter par un·e administrateur·rice',
      'le régime de TVA',
      'la personne qui signe pour l’organisme et sa fonction',
    ])
      expect(refused.message).toContain(named);
    expect(await count('bilan_documents')).toBe(0);
    // The documents section lists the same, for the consultant only.
    expect((await listDocuments(deps, org.consultant.actor, bilanId)).missing).toEqual([
      { label: 'la période prévue (début et fin)', where: 'financing' },
      { label: 'la modalité (présentiel, à distance ou mixte)', where: 'financing' },
      { label: 'les heures de travail personnel prévues', where: 'financing' },
      { label: 'si le bilan se déroule pendant le temps de travail', where: 'financing' },
      { label: 'le régime de TVA', where: 'organisation' },
      { label: 'la personne qui signe pour l’organisme et sa fonction', where: 'organisation' },
    ]);
    expect((await listDocuments(deps, beneficiary.actor, bilanId)).missing).toEqual([]);

    await saveFinancing(deps, org.consultant.actor, bilanId, {
      plannedStartOn: '2026-06-01',
      plannedEndOn: '2026-07-31',
      modality: 'in_person',
      personalWorkHours: '8',
      workingTime: 'during',
    });
    await expect(generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite')).rejects.toMatchObject({
      message: expect.stringContaining('le lieu des séances en présentiel'),
    });
    await saveFinancing(deps, org.consultant.actor, bilanId, { places: 'Lyon' });
    const onlyOrganisation = (await generateDocument(
      deps,
      org.consultant.actor,
      bilanId,
      'convention_tripartite',
    ).catch((e: unknown) => e)) as { message: string };
    expect(onlyOrganisation.message).not.toContain('Financement');
    expect(onlyOrganisation.message).toContain('le régime de TVA');
    await deps.db
      .updateTable('organisations')
      .set({ vat_regime: 'exempt', signatory_name: 'Marie Durand', signatory_role: 'gérante' })
      .where('id', '=', org.id)
      .execute();
    await generateDocument(deps, org.consultant.actor, bilanId, 'convention_tripartite');
    expect(await count('bilan_documents')).toBe(1);
    expect((await listDocuments(deps, org.consultant.actor, bilanId)).missing).toEqual([]);
  });
});
