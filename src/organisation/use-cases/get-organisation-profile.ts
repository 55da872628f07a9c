/**
 * The admin reads the organisation's profile: identity, NDA, Qualiopi certificate, accessibility
 * contact, published commitments, public page; the Qualiopi state (missing, expiring, expired) is
 * computed with today's date in France.
 */
import type { OrganisationProfileView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { organisationProfileView, readOrganisation } from '../data/organisation-repository.ts';

export async function getOrganisationProfile(deps: Deps, actor: Actor): Promise<OrganisationProfileView> {
  requireRole(actor, 'admin');
  const row = await readOrganisation(deps.db, actor.organisationId);
  return organisationProfileView(row, deps.clock.now());
}
