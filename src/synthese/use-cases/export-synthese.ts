/**
 * The beneficiary or the consultant downloads the synthesis as a tagged PDF or as a Word document
 * of the same content (one model, decision 043, to rework it elsewhere): the approved version, or
 * else the latest published one (marked « Non approuvée »). Audited: the content leaves Sillage.
 * Available after the bilan has ended too.
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

const CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export async function exportSynthese(
  deps: Deps,
  actor: Actor,
  bilanId: string,
  format: keyof typeof CONTENT_TYPES,
): Promise<FileAnswer> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const read = await readSyntheseContent(deps.db, bilan.organisation_id, bilan.id, {
    latestIfNotApproved: true,
    editedOn: parisDate(now),
  });
  if (!read) throw new AppError('synthese_no_version');
  const document = buildSynthesePdf(read.content);
  const bytes = format === 'pdf' ? deps.pdf.render(document) : await renderDocx(document);
  await deps.audit.record(
    deps.db,
    auditContext(actor),
    {
      action: 'synthese.exported',
      subjectType: 'synthese_version',
      subjectId: read.versionId,
      bilanId: bilan.id,
      details: { number: read.number, format },
    },
    now,
  );
  return {
    bytes,
    filename: `synthese-v${read.number}.${format}`,
    utf8Filename: `synthèse-v${read.number}.${format}`,
    contentType: CONTENT_TYPES[format],
    disposition: 'attachment',
  };
}
