/** The admin reads the organisation's brand: its accent colour and its logo. */
import type { BrandView } from '../contracts/brand.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { readBrand } from '../data/brand-repository.ts';
import { AppError } from '../../shared/errors.ts';

export async function getBrand(deps: Deps, actor: Actor): Promise<BrandView> {
  requireRole(actor, 'admin');
  const brand = await readBrand(deps.db, actor.organisationId);
  if (!brand) throw new AppError('not_found');
  return brand;
}
