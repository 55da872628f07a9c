/**
 * The admin uploads the organisation's logo, replacing the previous one (decision 036). The file
 * is judged by its bytes: PNG or JPEG, well formed, 300 kB and 2,000 pixels at most; a refused
 * file saves nothing (413 when too large, 422 otherwise, with a French message). Audited.
 */
import { createHash } from 'node:crypto';
import { LOGO_PART, LOGO_PROBLEM_MESSAGES, type BrandView } from '../contracts/brand.ts';
import { inspectLogo } from '../domain/logo-image.ts';
import { AppError } from '../../shared/errors.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { readOrganisation } from '../data/organisation-repository.ts';
import { readBrand, saveLogo } from '../data/brand-repository.ts';

export async function uploadLogo(deps: Deps, actor: Actor, bytes: Uint8Array): Promise<BrandView> {
  requireRole(actor, 'admin');
  const verdict = inspectLogo(bytes);
  if (!verdict.ok) {
    const fields = { [LOGO_PART]: LOGO_PROBLEM_MESSAGES[verdict.problem] };
    throw new AppError(verdict.problem === 'too_large' ? 'logo_too_large' : 'logo_refused', { fields });
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const now = deps.clock.now();
  const brand = await deps.db.transaction().execute(async (trx) => {
    await readOrganisation(trx, actor.organisationId, true);
    await saveLogo(trx, actor.organisationId, verdict.image, bytes, sha256, now);
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'organisation.brand_changed',
        subjectType: 'organisation',
        subjectId: actor.organisationId,
        details: { change: 'logo_uploaded', logoSha256: sha256 },
      },
      now,
    );
    return (await readBrand(trx, actor.organisationId))!;
  });
  // Read-your-writes: this process's cached sessions carry the brand (others learn it by NOTIFY).
  deps.caches.sessionsChanged(`org:${actor.organisationId}`);
  return brand;
}
