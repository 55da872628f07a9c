/**
 * The consultant publishes the draft as the next version for the beneficiary: the sections' text
 * as they read it (each revision checked, 409 otherwise) and the figures drawn from the dossier
 * now, frozen with their SHA-256; the beneficiary is told by e-mail. Audited (decision 043).
 */
import { createHash } from 'node:crypto';
import { assertOpen, lockBilan } from '../../bilans/data/bilan-access.ts';
import { readDocumentFacts } from '../../documents/data/document-facts.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import type { PublishVersion, SyntheseVersionView } from '../contracts/schemas.ts';
import { readDossierFacts } from '../data/dossier-facts.ts';
import { findSynthese } from '../data/synthese-repository.ts';
import { buildSyntheseView, draftSections, readSyntheseState } from '../data/synthese-view.ts';
import { insertVersion } from '../data/version-repository.ts';
import { SYNTHESE_SECTION_KEYS } from '../domain/content.ts';
import { BENEFICIARY_SYNTHESE_PATH, versionPublishedEmail } from '../domain/emails.ts';
import { SYNTHESE_LIMITS } from '../domain/model.ts';
import { canonicalVersion, isEmpty, sameText } from '../domain/version.ts';

export async function publishVersion(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  input: PublishVersion,
): Promise<{ version: SyntheseVersionView }> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const bilan = await lockBilan(trx, actor, bilanId, 'consultant');
    assertOpen(bilan);
    if (!(await findSynthese(trx, bilan.id))) throw new AppError('synthese_nothing_to_publish');
    const state = await readSyntheseState(trx, bilan.id);
    const synthese = state.synthese!;
    if (state.approval) throw new AppError('synthese_already_approved');
    for (const key of SYNTHESE_SECTION_KEYS) {
      const seen = input.revisions[key];
      if (seen !== undefined && seen !== (state.sections.find((s) => s.key === key)?.revision ?? 0))
        throw new AppError('synthese_stale');
    }
    const sections = draftSections(state);
    const latest = state.versions[0];
    if (isEmpty(sections) || (latest && sameText(latest.sections, sections)))
      throw new AppError('synthese_nothing_to_publish');
    if (state.versions.length >= SYNTHESE_LIMITS.versions) throw new AppError('synthese_too_many');
    const { figures } = await readDossierFacts(trx, bilan.organisation_id, bilan.id);
    const sha256 = createHash('sha256').update(canonicalVersion(sections, figures)).digest('hex');
    const number = (latest?.number ?? 0) + 1;
    const id = await insertVersion(trx, synthese, { number, sections, figures, sha256, by: actor.userId, now });
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'synthese.published',
        subjectType: 'synthese_version',
        subjectId: id,
        bilanId: bilan.id,
        details: { number, sha256 },
      },
      now,
    );
    const facts = await readDocumentFacts(trx, bilan.id);
    await deps.outbox.enqueue(
      trx,
      {
        organisationId: bilan.organisation_id,
        kind: 'synthese_published',
        to: facts.beneficiary.email,
        message: versionPublishedEmail({
          firstName: facts.beneficiary.firstName,
          organisationName: facts.organisation.name,
          consultantName: `${facts.consultant.firstName} ${facts.consultant.lastName}`,
          number,
          url: `${deps.publicUrl}${BENEFICIARY_SYNTHESE_PATH}`,
        }),
      },
      now,
    );
    const view = await buildSyntheseView(trx, bilan, 'consultant', await readSyntheseState(trx, bilan.id));
    return { version: view.versions.find((v) => v.id === id)! };
  });
  deps.emailsQueued();
  return result;
}
