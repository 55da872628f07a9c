/**
 * The beneficiary or the consultant downloads the exploration as a JSON file (decision 041:
 * Sillage's own versioned shape). Audited: the content leaves Sillage. Available after the bilan
 * has ended too (the beneficiary takes their results away before destruction).
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { readCatalogueInfo } from '../../catalog/data/catalogue-repository.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { readPistes } from '../data/exploration-views.ts';
import { EXPORT_FILE_NAME, explorationExport } from '../domain/export.ts';

export async function exportExploration(deps: Deps, actor: Actor, bilanId: string): Promise<FileAnswer> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const [{ pistes, setAside }, catalogue] = await Promise.all([
    readPistes(deps.db, bilan.organisation_id, bilan.id),
    readCatalogueInfo(deps.db),
  ]);
  const content = explorationExport(pistes, setAside, {
    bilanId: bilan.id,
    exportedAt: now.toISOString(),
    romeCredit: catalogue.credit,
  });
  await deps.audit.record(
    deps.db,
    auditContext(actor),
    {
      action: 'exploration.exported',
      subjectType: 'bilan',
      subjectId: bilan.id,
      bilanId: bilan.id,
      details: { pistes: pistes.length },
    },
    now,
  );
  return {
    bytes: new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`),
    filename: EXPORT_FILE_NAME,
    contentType: 'application/json; charset=utf-8',
    disposition: 'attachment',
  };
}
