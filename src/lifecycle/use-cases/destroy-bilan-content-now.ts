/**
 * Destroys all of a bilan's content now, whatever its phase and its retention agreements, keeping
 * its administrative records (decision 046): for a GDPR erasure (legal.md GDPR-09) or any immediate
 * destruction. One transaction: the content of every content table goes, notes are emptied, the
 * agreements end, the schedule (if the bilan has ended) is marked destroyed, a certificate entry is
 * written and `bilan.content_destroyed` audited. The caller checks who may ask for it (no
 * authorisation here); `actor` is who asked, null for the system. Running it twice writes a second
 * entry with nothing in it.
 */
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import { KEEPABLE_ITEMS, type CertificateLine, type DestructionReason } from '../domain/registry.ts';
import { destroyAndCertify } from '../data/content-destruction.ts';
import { lockUnendedAgreements, markEnded } from '../data/agreement-repository.ts';
import { markDestroyedNow } from '../data/destruction-repository.ts';

export async function destroyBilanContentNow(
  deps: Deps,
  input: {
    bilanId: string;
    organisationId: string;
    reason?: DestructionReason;
    actor?: Actor | null;
    /** The caller's transaction, to erase more in the same one; a new one otherwise. */
    trx?: Trx;
  },
): Promise<{ certificateId: string; lines: CertificateLine[] }> {
  const run = async (trx: Trx) => {
    const now = deps.clock.now();
    const agreements = await lockUnendedAgreements(trx, input.organisationId, input.bilanId);
    const out = await destroyAndCertify(trx, deps, {
      scope: { bilanId: input.bilanId, organisationId: input.organisationId },
      items: new Set(KEEPABLE_ITEMS),
      withUnkept: true,
      reason: input.reason ?? 'effacement',
      keptItems: [],
      keptUntil: null,
      now,
      actor: input.actor ? auditContext(input.actor) : null,
    });
    await markEnded(
      trx,
      agreements.map((agreement) => agreement.id),
      now,
    );
    await markDestroyedNow(trx, input.bilanId, now);
    return out;
  };
  return input.trx ? run(input.trx) : deps.db.transaction().execute(run);
}
