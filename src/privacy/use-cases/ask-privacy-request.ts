/**
 * The beneficiary exercises a right from « Mes droits » (decision 048): the request is registered
 * as received today, due one month later (Art. 12(3)), and the organisation's admins are told by
 * e-mail. At most five requests of theirs may be open at once.
 */
import { findBeneficiaryPerson, listActiveAdmins } from '../../accounts/data/user-repository.ts';
import { readOrganisationName } from '../../organisation/data/organisation-repository.ts';
import { parisDate } from '../../platform/clock.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import type { AskRequest, MyRequestView } from '../contracts/schemas.ts';
import { countOpenRequestsOf, insertRequest } from '../data/request-repository.ts';
import { myView, readRequestViews } from '../data/request-views.ts';
import { answerDueOn } from '../domain/deadline.ts';
import { newRequestEmail } from '../domain/emails.ts';

const MAX_OPEN = 5;

export async function askPrivacyRequest(
  deps: Deps,
  actor: Actor,
  input: AskRequest,
): Promise<{ request: MyRequestView }> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  const dueOn = answerDueOn(today);
  const result = await deps.db.transaction().execute(async (trx) => {
    const person = await findBeneficiaryPerson(trx, actor.organisationId, actor.userId);
    if (!person) notFound();
    if ((await countOpenRequestsOf(trx, actor.organisationId, actor.userId)) >= MAX_OPEN)
      throw new AppError('privacy_too_many_open');
    const id = await insertRequest(trx, {
      organisation_id: actor.organisationId,
      kind: input.kind,
      channel: 'app',
      subject_type: 'beneficiary',
      beneficiary_id: actor.userId,
      person_name: `${person.first_name} ${person.last_name}`,
      person_email: person.email,
      message: input.message,
      received_on: today,
      due_on: dueOn,
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
        details: { kind: input.kind, channel: 'app', subject: 'beneficiary' },
      },
      now,
    );
    const organisationName = await readOrganisationName(trx, actor.organisationId);
    for (const admin of await listActiveAdmins(trx, actor.organisationId)) {
      const message = newRequestEmail({
        firstName: admin.first_name,
        organisationName,
        kind: input.kind,
        receivedOn: today,
        deadline: dueOn,
        url: `${deps.publicUrl}/admin/demandes-rgpd`,
      });
      await deps.outbox.enqueue(
        trx,
        { organisationId: actor.organisationId, kind: 'privacy_request_received', to: admin.email, message },
        now,
      );
    }
    const [view] = await readRequestViews(trx, actor.organisationId, today, { id, beneficiaryId: actor.userId });
    return { request: myView(view!) };
  });
  deps.emailsQueued();
  return result;
}
