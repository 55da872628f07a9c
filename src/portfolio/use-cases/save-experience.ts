/**
 * The beneficiary or the consultant saves an experience of the parcours: a new one (revision 0,
 * with the id the client chose if any) or a change to one (the revision it edited). The period is
 * checked against today in Paris (no start in the future, no end before the start) and the
 * appellation against the catalogue; its label is the title when none is typed. A stale revision
 * answers 409 with the current version. Only while the bilan is open; a refused save changes nothing.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { Experience, ExperienceView } from '../contracts/schemas.ts';
import { findExperience, insertExperience, updateExperience } from '../data/experience-repository.ts';
import { readExperience } from '../data/portfolio-read.ts';
import { findAppellation } from '../data/rome-reference.ts';
import { periodProblems } from '../domain/portfolio.ts';

export async function saveExperience(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: Experience,
): Promise<{ experience: ExperienceView }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const fields: Record<string, string> = { ...periodProblems(input.startedOn, input.endedOn, parisDate(now)) };
  const appellation = input.appellationCode ? await findAppellation(deps.db, input.appellationCode) : undefined;
  if (input.appellationCode && !appellation)
    fields.appellationCode = `Le code ROME ${input.appellationCode} ne correspond à aucun métier du catalogue : choisissez le métier dans la liste, ou écrivez l’intitulé.`;
  if (Object.keys(fields).length > 0) throw new AppError('validation_failed', { fields });
  const values = {
    kind: input.kind,
    title: input.title ?? appellation!.label,
    appellationCode: input.appellationCode,
    employerOrContext: input.employerOrContext,
    startedOn: input.startedOn,
    endedOn: input.endedOn,
    activities: input.activities,
    achievements: input.achievements,
    liked: input.liked,
    disliked: input.disliked,
    satisfaction: input.satisfaction,
  };
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const existing = input.id ? await findExperience(trx, bilan.id, input.id) : undefined;
    let id: string;
    if (existing) {
      if (existing.revision !== input.revision)
        throw new AppError('portfolio_stale', { details: { current: await readExperience(trx, existing.id) } });
      await updateExperience(trx, existing.id, { by: actor.userId, now, fields: values });
      id = existing.id;
    } else {
      // A revision above 0 names an experience deleted in the meantime (or never there).
      if (input.revision !== 0) notFound();
      const created = await insertExperience(trx, {
        id: input.id,
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        fields: values,
      });
      if (!created) notFound();
      id = created;
    }
    return { experience: await readExperience(trx, id) };
  });
}
