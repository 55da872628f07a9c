/**
 * The admin sets the organisation's accent colour (already checked readable on white at the
 * edge, decision 036), or clears it to go back to Sillage's colours. Audited when it changes.
 */
import type { BrandView } from '../contracts/brand.ts';
import { readableOnWhite } from '../domain/colour.ts';
import { AppError } from '../../shared/errors.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { readOrganisation } from '../data/organisation-repository.ts';
import { readBrand, saveAccentColour } from '../data/brand-repository.ts';

export async function updateBrandColour(
  deps: Deps,
  actor: Actor,
  input: { accentColour: string | null },
): Promise<BrandView> {
  requireRole(actor, 'admin');
  // The schema checked it; the rule stays here too, for any other caller.
  if (input.accentColour !== null && !readableOnWhite(input.accentColour))
    throw new AppError('validation_failed', { fields: { accentColour: 'Cette couleur est trop claire.' } });
  const now = deps.clock.now();
  const brand = await deps.db.transaction().execute(async (trx) => {
    const before = await readOrganisation(trx, actor.organisationId, true);
    if (before.accent_colour !== input.accentColour) {
      await saveAccentColour(trx, actor.organisationId, input.accentColour);
      await deps.audit.record(
        trx,
        auditContext(actor),
        {
          action: 'organisation.brand_changed',
          subjectType: 'organisation',
          subjectId: actor.organisationId,
          details: { change: 'colour', accentColour: input.accentColour },
        },
        now,
      );
    }
    return (await readBrand(trx, actor.organisationId))!;
  });
  // Read-your-writes: this process's cached sessions carry the brand (others learn it by NOTIFY).
  deps.caches.sessionsChanged(`org:${actor.organisationId}`);
  return brand;
}
