/**
 * The admin records the answer given to a request: its date and summary (decision 048).
 *
 * Erasure:
 * - the answer always explains what is kept under legal retention (administrative records of the
 *   bilan, invoices): the justification is added when the summary does not carry it;
 * - a lead named by the request, not converted into a bilan, is deleted with its interview and
 *   history (the register keeps the person's name and e-mail, as proof of the answer);
 * - for a beneficiary, the content of each of their bilans is destroyed through the port
 *   `ErasurePorts.destroyBilanContent`, called in the answer's transaction, once the request is locked: by default the
 *   lifecycle capability's immediate destruction (decision 046), which keeps the administrative
 *   records and writes a destruction certificate entry « effacement ».
 */
import { deleteLeadsWithChildren, findLeadPerson } from '../../intake/data/lead-retention.ts';
import { parisDate } from '../../platform/clock.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import { destroyBilanContentNow } from '../../lifecycle/use-cases/destroy-bilan-content-now.ts';
import type { AnswerRequest, RequestView } from '../contracts/schemas.ts';
import { listBilansOfRequests, lockOpenRequest } from '../data/request-repository.ts';
import { readRequestViews } from '../data/request-views.ts';
import { ERASURE_RETENTION_JUSTIFICATION } from '../domain/model.ts';
import { closePrivacyRequest } from './close-privacy-request.ts';

/** What an erasure needs from other capabilities, wired by the app. */
export interface ErasurePorts {
  /**
   * Destroys the content of one bilan now (its administrative records stay), as the end of the
   * bilan would; safe to call twice. Lifecycle's immediate destruction use case fits here.
   */
  destroyBilanContent?: (input: {
    organisationId: string;
    bilanId: string;
    /** The GDPR request that asks for it, for the destruction's record. */
    privacyRequestId: string;
    actor: Actor;
    at: Date;
    /** The answer's transaction, in which the request is locked. */
    trx: Trx;
  }) => Promise<void>;
}

/** The lifecycle's immediate destruction, as the erasure's port. */
const lifecycleErasure = (deps: Deps): ErasurePorts => ({
  destroyBilanContent: async ({ organisationId, bilanId, actor, trx }) => {
    await destroyBilanContentNow(deps, { organisationId, bilanId, actor, reason: 'effacement', trx });
  },
});

export async function answerPrivacyRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  input: AnswerRequest,
  ports: ErasurePorts = lifecycleErasure(deps),
): Promise<{ request: RequestView }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  const answeredOn = parsePlainDate(input.answeredOn);
  if (answeredOn > today)
    throw new AppError('validation_failed', {
      fields: { answeredOn: 'La date de la réponse ne peut pas être dans le futur.' },
    });
  // Checked before any destruction: the request exists, is open, and was received by then.
  const [before] = await readRequestViews(deps.db, actor.organisationId, today, { id });
  if (!before) notFound();
  if (before.state === null) throw new AppError('privacy_request_closed');
  if (answeredOn < parsePlainDate(before.receivedOn))
    throw new AppError('validation_failed', {
      fields: { answeredOn: 'La date de la réponse ne peut pas précéder la réception de la demande.' },
    });
  const erasure = before.kind === 'erasure';
  return deps.db.transaction().execute(async (trx) => {
    // The request is locked first: of simultaneous answers, one destroys and answers, the others
    // find it closed; the destruction and the answer commit or fail together.
    const row = await lockOpenRequest(trx, actor, id);
    let bilansDestroyed = 0;
    if (erasure && before.subjectType === 'beneficiary' && ports.destroyBilanContent) {
      for (const { bilan_id } of await listBilansOfRequests(trx, actor.organisationId, [row.id])) {
        await ports.destroyBilanContent({
          organisationId: actor.organisationId,
          bilanId: bilan_id,
          privacyRequestId: row.id,
          actor,
          at: now,
          trx,
        });
        bilansDestroyed++;
      }
    }
    let leadsErased = 0;
    if (erasure && row.lead_id) {
      const lead = await findLeadPerson(trx, actor.organisationId, row.lead_id);
      if (lead && !lead.bilan_id) leadsErased = await deleteLeadsWithChildren(trx, [lead.id]);
    }
    const summary =
      erasure && !input.summary.includes(ERASURE_RETENTION_JUSTIFICATION)
        ? `${input.summary}\n\n${ERASURE_RETENTION_JUSTIFICATION}`
        : input.summary;
    return closePrivacyRequest(deps, trx, actor, row, {
      status: 'answered',
      closedOn: answeredOn,
      summary,
      now,
      today,
      contentDestroyedAt: bilansDestroyed > 0 ? now : null,
      ...(erasure ? { erased: { bilansDestroyed, leadsErased } } : {}),
    });
  });
}
