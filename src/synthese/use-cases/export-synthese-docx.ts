/**
 * The beneficiary or the consultant downloads the synthesis as a Word document, the same content
 * as the PDF (one model, decision 043), to rework it elsewhere. Audited: the content leaves Sillage.
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { parisDate } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { renderDocx } from '../../platform/docx/docx.ts';
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { AppError } from '../../shared/errors.ts';
import { readSyntheseContent } from '../data/synthese-content.ts';
import { buildSynthesePdf } from '../domain/synthese-pdf.ts';

export async function exportSyntheseDocx(deps: Deps, actor: Actor, bilanId: string): Promise<FileAnswer> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const read = await readSyntheseContent(deps.db, bilan.organisation_id, bilan.id, {
    latestIfNotApproved: true,
    editedOn: parisDate(now),
  });
  if (!read) throw new AppError('synthese_no_version');
  const bytes = await renderDocx(buildSynthesePdf(read.content));
  await deps.audit.record(
    deps.db,
    auditContext(actor),
    {
      action: 'synthese.exported',
      subjectType: 'synthese_version',
      subjectId: read.versionId,
      bilanId: bilan.id,
      details: { number: read.number, format: 'docx' },
    },
    now,
  );
  return {
    bytes,
    filename: `synthese-v${read.number}.docx`,
    utf8Filename: `synthèse-v${read.number}.docx`,
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    disposition: 'attachment',
  };
}
