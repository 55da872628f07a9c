/**
 * The admin refuses a request, with its reason (Art. 12(4): the person is told why, and that they
 * may complain to the CNIL), e.g. a manifestly unfounded request or an identity not established.
 */
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { AppError } from '../../shared/errors.ts';
import type { RefuseRequest, RequestView } from '../contracts/schemas.ts';
import { lockOpenRequest } from '../data/request-repository.ts';
import { closePrivacyRequest } from './close-privacy-request.ts';

export async function refusePrivacyRequest(
  deps: Deps,
  actor: Actor,
  id: string,
  input: RefuseRequest,
): Promise<{ request: RequestView }> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  const refusedOn = parsePlainDate(input.refusedOn);
  if (refusedOn > today)
    throw new AppError('validation_failed', {
      fields: { refusedOn: 'La date du refus ne peut pas être dans le futur.' },
    });
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockOpenRequest(trx, actor, id);
    if (refusedOn < parsePlainDate(row.received_on))
      throw new AppError('validation_failed', {
        fields: { refusedOn: 'La date du refus ne peut pas précéder la réception de la demande.' },
      });
    return closePrivacyRequest(deps, trx, actor, row, {
      status: 'refused',
      closedOn: refusedOn,
      summary: input.refusalReason,
      now,
      today,
    });
  });
}
