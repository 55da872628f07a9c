/** The admin removes the organisation's logo (audited when there was one). */
import type { BrandView } from '../contracts/brand.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { readOrganisation } from '../data/organisation-repository.ts';
import { deleteLogo, readBrand } from '../data/brand-repository.ts';

export async function removeLogo(deps: Deps, actor: Actor): Promise<BrandView> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const brand = await deps.db.transaction().execute(async (trx) => {
    await readOrganisation(trx, actor.organisationId, true);
    if (await deleteLogo(trx, actor.organisationId))
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'organisation.brand_changed',
          subjectType: 'organisation',
          subjectId: actor.organisationId,
          details: { change: 'logo_removed' },
        },
        now,
      );
    return (await readBrand(trx, actor.organisationId))!;
  });
  // Read-your-writes: this process's cached sessions carry the brand (others learn it by NOTIFY).
  deps.caches.sessionsChanged(`org:${actor.organisationId}`);
  return brand;
}
