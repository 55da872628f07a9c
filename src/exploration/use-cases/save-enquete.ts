/**
 * The beneficiary or the consultant saves an enquête métier of a piste: an interview with a
 * professional (the contact with the least data, the day, the guide's questions with the notes
 * taken), a PMSMP immersion (where, when) or an information source, and what was learnt. A new
 * interview without questions starts from the guide of the piste's fiche; a later save without
 * questions leaves them as they are. The debrief is kept as it was (`debrief-enquete.ts`). A stale
 * revision answers 409 with the current version. Only while the bilan is open.
 */
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { notFound, requireRole } from '../../platform/authorize.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { Enquete, EnqueteView } from '../contracts/schemas.ts';
import { guideFiche } from '../data/catalogue-reads.ts';
import { findEnquete, insertEnquete, updateEnquete } from '../data/enquete-repository.ts';
import { readEnquete } from '../data/exploration-views.ts';
import { findPiste } from '../data/piste-repository.ts';
import { countItems } from '../data/tracked-rows.ts';
import { interviewGuide } from '../domain/interview-guide.ts';
import { LIMITS } from '../domain/model.ts';

export async function saveEnquete(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: Enquete,
): Promise<{ enquete: EnqueteView }> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const { id: _id, revision: _revision, questions, ...fields } = input;
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'either');
    assertOpen(bilan);
    const existing = input.id ? await findEnquete(trx, bilan.id, input.id) : undefined;
    if (existing && existing.revision !== input.revision)
      throw new AppError('exploration_stale', {
        details: { current: await readEnquete(trx, bilan.organisation_id, bilan.id, existing.piste_id, existing.id) },
      });
    if (!existing && input.revision !== 0) notFound();
    const piste = await findPiste(trx, bilan.id, input.pisteId);
    if (!piste) notFound();
    let id: string;
    if (existing) {
      await updateEnquete(trx, existing.id, { by: actor.userId, now, fields, questions });
      id = existing.id;
    } else {
      if ((await countItems(trx, 'exploration_enquetes', { bilanId: bilan.id, pisteId: piste.id })) >= LIMITS.perPiste)
        throw new AppError('exploration_too_many');
      const guide =
        questions ??
        (input.kind === 'interview'
          ? interviewGuide((piste.code_rome ? await guideFiche(trx, piste.code_rome) : undefined) ?? null)
          : []);
      const created = await insertEnquete(trx, {
        id: input.id,
        organisationId: bilan.organisation_id,
        bilanId: bilan.id,
        by: actor.userId,
        now,
        fields,
        questions: guide,
      });
      if (!created) notFound();
      id = created;
    }
    return { enquete: await readEnquete(trx, bilan.organisation_id, bilan.id, piste.id, id) };
  });
}
