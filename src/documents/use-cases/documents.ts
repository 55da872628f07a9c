/**
 * The documents of a bilan (decision 015): the consultant generates the quote, the individual
 * contract (self-funded), the tripartite convention (employer plan; the employer gets a
 * single-use link by e-mail) and the CPF order sheet; the consultant and the beneficiary read
 * them; each expected signer signs the exact PDF they were shown (simple electronic signature).
 */
import { addMs } from '../../accounts/domain/policies.ts';
import {
  buildConvention,
  buildCpfOrderSheet,
  buildIndividualContract,
  buildQuote,
  DOCUMENT_TITLES,
  type CpfFacts,
} from '../domain/builders.ts';
import { conventionLinkEmail, documentToSignEmail } from '../domain/emails.ts';
import { nameMatches } from '../../seances/domain/attendance.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { checkConventionSignature } from '../../financing/domain/employer-plan.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Kysely } from 'kysely';
import type { BilanDocuments, SignDocument } from '../contracts/schemas.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps, Origin } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import {
  bilanFacts,
  commonFacts,
  documentReference,
  documentView,
  nextVersion,
  signedCopy,
  storeDocument,
} from './document-store.ts';
import { financingView, loadFinancing, setFinancingStatus } from '../../financing/use-cases/financing.ts';
import type { AuditContext } from '../../platform/deps.ts';
import { financingType } from '../../financing/domain/catalog.ts';
import type { DocumentKindCode, SignerRole } from '../domain/builders.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import type { Database } from '../../platform/db/database.ts';
import { lockBilan, readBilan } from '../../bilans/data/bilan-access.ts';

type Trx = Kysely<Database>;
const DAY = 24 * 60 * 60_000;
/** The employer's link stays valid 30 days (a setting of Sillage, not a legal delay). */
export const SIGNATURE_LINK_DAYS = 30;

/** Which documents the consultant can produce for a financing. */
export function generatableKinds(financing: string): DocumentKindCode[] {
  const kinds: DocumentKindCode[] = ['devis'];
  if (financing === 'self_funded') kinds.push('contrat_individuel');
  if (financing === 'employer_plan' || financing === 'opco' || financing === 'transitions_pro')
    kinds.push('convention_tripartite');
  if (financing === 'cpf') kinds.push('commande_cpf');
  return kinds;
}

export async function listDocuments(deps: Deps, actor: Actor, bilanId: string): Promise<BilanDocuments> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'either');
    const bilan = await trx
      .selectFrom('bilans')
      .select(['financing', 'phase'])
      .where('id', '=', bilanId)
      .executeTakeFirstOrThrow();
    const closed = !isOpen(bilan.phase);
    const docs = await trx
      .selectFrom('bilan_documents')
      .select(['id', 'kind', 'version', 'sha256', 'created_at', 'superseded_at', 'signers'])
      .where('bilan_id', '=', bilanId)
      .orderBy('created_at', 'desc')
      .orderBy('version', 'desc')
      .execute();
    const signatures = docs.length
      ? await trx
          .selectFrom('document_signatures')
          .select(['document_id', 'signer_role', 'signed_name', 'signed_at'])
          .where(
            'document_id',
            'in',
            docs.map((d) => d.id),
          )
          .execute()
      : [];
    // Nothing more is signed on a closed bilan.
    const role: SignerRole | null = closed ? null : actor.role === 'beneficiary' ? 'beneficiary' : 'provider';
    return {
      bilanId,
      financing: bilan.financing,
      generatable:
        actor.role === 'consultant' && !closed
          ? generatableKinds(bilan.financing).map((kind) => ({ kind, title: DOCUMENT_TITLES[kind] }))
          : [],
      documents: docs.map((d) => documentView(d, signatures, role)),
    };
  });
}

export async function generateDocument(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  kind: DocumentKindCode,
): Promise<{ documentId: string; sha256: string }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const today = parisDate(now);
  const result = await deps.db.transaction().execute(async (trx) => {
    const locked = await lockBilan(trx, actor, bilanId, 'consultant');
    if (!isOpen(locked.phase)) throw new AppError('bilan_closed');
    const facts = await bilanFacts(trx, bilanId);
    if (!generatableKinds(facts.row.financing).includes(kind)) {
      throw new AppError('document_refused', {
        message: `Le document « ${DOCUMENT_TITLES[kind]} » ne correspond pas au financement de ce bilan.`,
      });
    }
    const financing = await loadFinancing(trx, facts.row);
    if (kind !== 'commande_cpf' && financing.price_cents === null) {
      throw new AppError('document_refused', {
        message: 'Indiquez d’abord le prix du bilan dans la section « Financement ».',
      });
    }
    const previous = await trx
      .selectFrom('bilan_documents')
      .select(['id', 'signers'])
      .where('bilan_id', '=', bilanId)
      .where('kind', '=', kind)
      .where('superseded_at', 'is', null)
      .executeTakeFirst();
    if (previous && previous.signers.length > 0) {
      const count = await trx
        .selectFrom('document_signatures')
        .select('id')
        .where('document_id', '=', previous.id)
        .execute();
      if (count.length === previous.signers.length) {
        throw new AppError('document_refused', {
          message: 'Ce document est déjà signé par toutes les parties : il ne peut plus être remplacé.',
        });
      }
    }
    const version = await nextVersion(trx, bilanId, kind);
    const common = commonFacts(facts, {
      issuedOn: today,
      reference: documentReference(kind, bilanId, version, today),
      priceCents: financing.price_cents,
    });
    const view = await financingView(
      trx,
      { ...facts.row, provider_siret: facts.organisation.siret },
      parsePlainDate(today),
    );
    const cpf: CpfFacts | null = view.cpf
      ? {
          orderReference: view.cpf.orderReference,
          validatedOn: view.cpf.validatedOn ? parsePlainDate(view.cpf.validatedOn) : null,
          earliestStart: view.cpf.earliestStart ? parsePlainDate(view.cpf.earliestStart) : null,
          capCents: view.cpf.capCents,
          remainderCents: view.cpf.remainderCents,
          participationText: view.issues.find((i) => i.code.startsWith('cpf_participation'))?.message ?? '',
        }
      : null;
    let employerEmail: string | null = null;
    let document;
    if (kind === 'devis') document = buildQuote(common, cpf);
    else if (kind === 'commande_cpf') document = buildCpfOrderSheet(common, cpf!);
    else if (kind === 'contrat_individuel') {
      document = buildIndividualContract(common, {
        withdrawalDays: parameterAt('selfFunded.withdrawalDays', parsePlainDate(today)),
        firstPaymentMaxBasisPoints: parameterAt('selfFunded.firstPaymentMaxBasisPoints', parsePlainDate(today)),
      });
    } else {
      if (!financing.employer_name || !financing.employer_contact_email) {
        throw new AppError('document_refused', {
          message: 'Indiquez d’abord l’employeur et l’adresse e-mail de son contact dans la section « Financement ».',
        });
      }
      if (['signed', 'refused', 'abandoned', 'invoiced', 'paid'].includes(financing.status)) {
        throw new AppError('document_refused', {
          message: 'Le dossier de financement ne permet plus d’envoyer une convention.',
        });
      }
      employerEmail = financing.employer_contact_email;
      document = buildConvention(common, {
        name: financing.employer_name,
        siret: financing.employer_siret,
        contactName: financing.employer_contact_name,
        conventionDays: parameterAt('employer.conventionSignatureDays', parsePlainDate(today)),
      });
    }
    const stored = await storeDocument(
      deps,
      trx,
      { organisationId: actor.organisationId, bilanId, kind, version, document, createdBy: actor.userId },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'document.generated',
        subjectType: 'document',
        subjectId: stored.id,
        bilanId,
        details: { kind, version, sha256: stored.sha256 },
      },
      now,
    );

    if (kind !== 'commande_cpf') {
      await deps.outbox.enqueue(
        trx,
        {
          organisationId: actor.organisationId,
          kind: 'document_to_sign',
          to: facts.beneficiary.email,
          message: documentToSignEmail({
            firstName: facts.beneficiary.firstName,
            organisationName: facts.organisation.name,
            title: DOCUMENT_TITLES[kind],
            url: `${deps.publicUrl}/mon-bilan/documents`,
          }),
        },
        now,
      );
    }
    if (kind === 'convention_tripartite' && employerEmail) {
      const { token, hash } = deps.tokens.create();
      const expiresAt = addMs(now, SIGNATURE_LINK_DAYS * DAY);
      await trx
        .insertInto('signature_links')
        .values({
          organisation_id: actor.organisationId,
          document_id: stored.id,
          token_hash: hash,
          email: employerEmail,
          created_at: now,
          expires_at: expiresAt,
        })
        .execute();
      await deps.outbox.enqueue(
        trx,
        {
          organisationId: actor.organisationId,
          kind: 'convention_to_sign',
          to: employerEmail,
          message: conventionLinkEmail({
            contactName: financing.employer_contact_name,
            organisationName: facts.organisation.name,
            beneficiaryName: `${facts.beneficiary.firstName} ${facts.beneficiary.lastName}`,
            url: `${deps.publicUrl}/signature/${token}`,
            expiresOn: parsePlainDate(parisDate(expiresAt)),
          }),
        },
        now,
      );
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'document.link_sent',
          subjectType: 'document',
          subjectId: stored.id,
          bilanId,
          details: { email: employerEmail },
        },
        now,
      );
      // The employee's 10 days run from the day the convention is sent to them (R6313-8).
      await trx
        .updateTable('bilan_financings')
        .set({ convention_sent_on: today })
        .where('bilan_id', '=', bilanId)
        .execute();
      if (financing.status === 'draft')
        await setFinancingStatus(deps, trx, auditContext(actor), bilanId, 'draft', 'sent_to_employee', 'user', now);
    }
    return { documentId: stored.id, sha256: stored.sha256 };
  });
  deps.emailsQueued();
  return result;
}

/** The document within the actor's reach (consultant or beneficiary of its bilan). */
async function reachableDocument(trx: Trx, actor: Actor, documentId: string) {
  const doc = await trx
    .selectFrom('bilan_documents')
    .selectAll()
    .where('id', '=', documentId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!doc) notFound();
  await lockBilan(trx, actor, doc.bilan_id, 'either');
  return doc;
}

export async function documentPdf(
  deps: Deps,
  actor: Actor,
  documentId: string,
  signed: boolean,
): Promise<{ filename: string; pdf: Buffer }> {
  requireRole(actor, 'consultant', 'beneficiary');
  return deps.db.transaction().execute(async (trx) => {
    const doc = await reachableDocument(trx, actor, documentId);
    const filename = `${doc.kind}-v${doc.version}${signed ? '-signe' : ''}.pdf`;
    if (!signed) return { filename, pdf: doc.pdf };
    return { filename, pdf: await signedCopy(deps, trx, doc) };
  });
}

/** Records one signature on the exact PDF shown (shared with the employer's link). */
export async function recordSignature(
  deps: Deps,
  trx: Trx,
  context: AuditContext,
  doc: {
    id: string;
    organisation_id: string;
    bilan_id: string;
    kind: DocumentKindCode;
    sha256: string;
    superseded_at: Date | null;
    signers: SignerRole[];
  },
  input: { role: SignerRole; userId: string | null; signedName: string; shownSha256: string; origin: Origin },
  now: Date,
): Promise<void> {
  if (doc.superseded_at !== null || doc.sha256 !== input.shownSha256) throw new AppError('document_changed');
  if (!doc.signers.includes(input.role)) throw new AppError('signature_not_expected');
  const financing = await trx
    .selectFrom('bilan_financings')
    .selectAll()
    .where('bilan_id', '=', doc.bilan_id)
    .executeTakeFirst();
  const today = parsePlainDate(parisDate(now));
  if (doc.kind === 'convention_tripartite' && input.role === 'beneficiary' && financing?.convention_sent_on) {
    const check = checkConventionSignature({ sentOn: parsePlainDate(financing.convention_sent_on), signedOn: today });
    if (!check.ok) throw new AppError('signature_not_expected', { message: check.issues[0]?.message ?? '' });
  }
  const inserted = await trx
    .insertInto('document_signatures')
    .values({
      organisation_id: doc.organisation_id,
      document_id: doc.id,
      signer_role: input.role,
      signer_user_id: input.userId,
      signed_name: input.signedName,
      document_sha256: doc.sha256,
      signed_at: now,
      ip: input.origin.ip,
      user_agent: input.origin.userAgent?.slice(0, 500) ?? null,
    })
    .onConflict((oc) => oc.columns(['document_id', 'signer_role']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) throw new AppError('already_signed');
  await deps.audit.record(
    trx,
    context,
    {
      action: 'document.signed',
      subjectType: 'document',
      subjectId: doc.id,
      bilanId: doc.bilan_id,
      details: { kind: doc.kind, signer: input.role, sha256: doc.sha256 },
    },
    now,
  );

  // Effects on the financing file.
  if (!financing) return;
  const bilan = await trx
    .selectFrom('bilans')
    .select('financing')
    .where('id', '=', doc.bilan_id)
    .executeTakeFirstOrThrow();
  const type = financingType(bilan.financing);
  if (
    doc.kind === 'contrat_individuel' &&
    input.role === 'beneficiary' &&
    type === 'self_funded' &&
    financing.status === 'draft'
  ) {
    await setFinancingStatus(deps, trx, context, doc.bilan_id, 'draft', 'contract_signed', 'signature', now);
  }
  if (doc.kind === 'convention_tripartite' && type === 'employer_plan' && financing.status === 'sent_to_employee') {
    const count = await trx.selectFrom('document_signatures').select('id').where('document_id', '=', doc.id).execute();
    if (count.length === doc.signers.length)
      await setFinancingStatus(deps, trx, context, doc.bilan_id, 'sent_to_employee', 'signed', 'signature', now);
  }
}

export async function signDocument(deps: Deps, actor: Actor, documentId: string, input: SignDocument): Promise<void> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const doc = await reachableDocument(trx, actor, documentId);
    const bilan = await trx
      .selectFrom('bilans')
      .select('phase')
      .where('id', '=', doc.bilan_id)
      .executeTakeFirstOrThrow();
    if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
    const role: SignerRole = actor.role === 'beneficiary' ? 'beneficiary' : 'provider';
    const person = await trx
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (!nameMatches(input.signedName, { firstName: person.first_name, lastName: person.last_name })) {
      throw new AppError('validation_failed', {
        message: 'Le nom tapé ne correspond pas au vôtre.',
        fields: { signedName: 'Le nom tapé ne correspond pas au vôtre.' },
      });
    }
    await recordSignature(
      deps,
      trx,
      auditContext(actor),
      doc,
      { role, userId: actor.userId, signedName: input.signedName, shownSha256: input.sha256, origin: actor },
      now,
    );
  });
}
