/**
 * The consultant generates a document of an open bilan (decision 015): the quote, the individual
 * contract (self-funded), the tripartite convention (employer plan; the employer gets a
 * single-use link by e-mail and the employee's 10 days start) or the CPF order sheet. The
 * beneficiary is asked by e-mail to sign; a document signed by all parties is never replaced.
 */
import {
  buildConvention,
  buildCpfOrderSheet,
  buildIndividualContract,
  buildQuote,
  DOCUMENT_TITLES,
  type CpfFacts,
  type DocumentKindCode,
} from '../domain/builders.ts';
import { commonFacts, documentReference, generatableKinds } from '../domain/facts.ts';
import { documentToSignEmail } from '../domain/emails.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { parisDate } from '../../platform/clock.ts';
import { AppError } from '../../shared/errors.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { auditContext } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { lockBilan } from '../../bilans/data/bilan-access.ts';
import { readDocumentFacts, readPlannedSeances } from '../data/document-facts.ts';
import { missingMentions, missingMentionsMessage } from '../domain/mentions.ts';
import { workingTimeApplies } from '../../financing/domain/prestation.ts';
import { financingType } from '../../financing/domain/catalog.ts';
import { findCurrentDocument, nextVersion, storeDocumentVersion } from '../data/document-repository.ts';
import { countDocumentSignatures } from '../data/signature-repository.ts';
import { loadFinancing, updateFinancing } from '../../financing/data/financing-repository.ts';
import { readFinancingView } from '../../financing/use-cases/read-financing-view.ts';
import { setFinancingStatus } from '../../financing/use-cases/set-financing-status.ts';
import { issueSignatureLink } from './issue-signature-link.ts';

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
    const facts = await readDocumentFacts(trx, bilanId);
    if (!generatableKinds(facts.row.financing).includes(kind)) {
      throw new AppError('document_refused', {
        message: `Le document « ${DOCUMENT_TITLES[kind]} » ne correspond pas au financement de ce bilan.`,
      });
    }
    const financing = await loadFinancing(trx, facts.row);
    const type = financingType(facts.row.financing);
    const asksWorkingTime = workingTimeApplies(type);
    const modality = financing.modality;
    const workingTime = financing.working_time;
    // R6313-8 and legal.md: what the quote, the contract and the convention must state.
    const missing = missingMentions(kind, {
      priceCents: financing.price_cents,
      plannedStartOn: financing.planned_start_on,
      plannedEndOn: financing.planned_end_on,
      modality,
      places: financing.places,
      personalWorkMinutes: financing.personal_work_minutes,
      workingTime,
      workingTimeApplies: asksWorkingTime,
      vatRegime: facts.organisation.vatRegime,
      signatoryName: facts.organisation.signatory?.name ?? null,
    });
    if (missing.length > 0) throw new AppError('document_refused', { message: missingMentionsMessage(missing) });
    const previous = await findCurrentDocument(trx, bilanId, kind);
    if (previous && previous.signers.length > 0) {
      const count = await countDocumentSignatures(trx, previous.id);
      if (count === previous.signers.length) {
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
      personalWorkMinutes: financing.personal_work_minutes,
      prestation: {
        plannedStartOn: financing.planned_start_on ? parsePlainDate(financing.planned_start_on) : null,
        plannedEndOn: financing.planned_end_on ? parsePlainDate(financing.planned_end_on) : null,
        modality,
        places: financing.places,
        workingTime: asksWorkingTime ? workingTime : null,
        cpf: type === 'cpf',
        seances: await readPlannedSeances(trx, bilanId),
      },
    });
    const view = await readFinancingView(
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
    const stored = await storeDocumentVersion(
      trx,
      {
        organisationId: actor.organisationId,
        bilanId,
        kind,
        version,
        document,
        pdf: deps.pdf.render(document),
        createdBy: actor.userId,
      },
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
      await issueSignatureLink(
        deps,
        trx,
        {
          organisationId: actor.organisationId,
          organisationName: facts.organisation.name,
          bilanId,
          documentId: stored.id,
          employerEmail,
          contactName: financing.employer_contact_name,
          beneficiaryName: `${facts.beneficiary.firstName} ${facts.beneficiary.lastName}`,
          context: auditContext(actor),
        },
        now,
      );
      // The employee's 10 days run from the day the convention is sent to them (R6313-8).
      await updateFinancing(trx, bilanId, { convention_sent_on: today });
      if (financing.status === 'draft')
        await setFinancingStatus(deps, trx, auditContext(actor), bilanId, 'draft', 'sent_to_employee', 'user', now);
    }
    return { documentId: stored.id, sha256: stored.sha256 };
  });
  deps.emailsQueued();
  return result;
}
