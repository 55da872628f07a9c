/**
 * The admin registers a request received by letter, e-mail or telephone (decision 048): for a
 * beneficiary's account, a lead, or a person named by name and e-mail. The deadline runs from the
 * day it was received (not in the future, at most a year ago). The person's name and e-mail are
 * copied onto the request, so that the register outlives a purged lead.
 */
import { findBeneficiaryPerson } from '../../accounts/data/user-repository.ts';
import { findLeadPerson } from '../../intake/data/lead-retention.ts';
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { addYears, parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import type { RegisterRequest, RequestView } from '../contracts/schemas.ts';
import { insertRequest } from '../data/request-repository.ts';
import { readRequestViews } from '../data/request-views.ts';
import { answerDueOn } from '../domain/deadline.ts';

export async function registerPrivacyRequest(
  deps: Deps,
  actor: Actor,
  input: RegisterRequest,
): Promise<{ request: RequestView }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  const receivedOn = parsePlainDate(input.receivedOn);
  if (receivedOn > today)
    throw new AppError('validation_failed', {
      fields: { receivedOn: 'La date de réception ne peut pas être dans le futur.' },
    });
  if (receivedOn < addYears(today, -1))
    throw new AppError('validation_failed', {
      fields: { receivedOn: 'La date de réception doit dater de moins d’un an.' },
    });
  return deps.db.transaction().execute(async (trx) => {
    let person: { name: string; email: string };
    if (input.subjectType === 'beneficiary') {
      const found = await findBeneficiaryPerson(trx, actor.organisationId, input.beneficiaryId!);
      if (!found)
        throw new AppError('validation_failed', {
          fields: { beneficiaryId: 'Ce ou cette bénéficiaire n’existe pas dans votre organisme.' },
        });
      person = { name: `${found.first_name} ${found.last_name}`, email: found.email };
    } else if (input.subjectType === 'lead') {
      const found = await findLeadPerson(trx, actor.organisationId, input.leadId!);
      if (!found)
        throw new AppError('validation_failed', {
          fields: { leadId: 'Cette demande de contact n’existe pas ou plus dans votre organisme.' },
        });
      person = { name: `${found.first_name} ${found.last_name}`, email: found.email };
    } else {
      person = { name: input.personName!, email: input.personEmail! };
    }
    const id = await insertRequest(trx, {
      organisation_id: actor.organisationId,
      kind: input.kind,
      channel: 'admin',
      subject_type: input.subjectType,
      beneficiary_id: input.subjectType === 'beneficiary' ? input.beneficiaryId : null,
      lead_id: input.subjectType === 'lead' ? input.leadId : null,
      person_name: person.name,
      person_email: person.email,
      message: input.message,
      received_on: receivedOn,
      due_on: answerDueOn(receivedOn),
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
    });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'privacy.request_registered',
        subjectType: 'privacy_request',
        subjectId: id,
        details: { kind: input.kind, channel: 'admin', subject: input.subjectType },
      },
      now,
    );
    const [view] = await readRequestViews(trx, actor.organisationId, today, { id });
    return { request: view! };
  });
}
