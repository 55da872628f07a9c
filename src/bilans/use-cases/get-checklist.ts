/**
 * The checklist of the bilan's current phase, with the consultant's préliminaire record (need
 * analysis, format, modalities agreed) and the items they attest. The read of a need analysis
 * once written is audited (`content.read`, decision 049).
 */
import type { ChecklistView } from '../contracts/checklists.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { isAttestable } from '../domain/checklist-state.ts';
import { readBilan } from '../data/bilan-access.ts';
import { readChecklistSubject } from '../data/bilan-repository.ts';
import { readPhaseRecord } from '../data/phase-record-repository.ts';
import { bilanChecklist } from '../data/bilan-checklist.ts';

export async function getChecklist(deps: Deps, actor: Actor, bilanId: string): Promise<ChecklistView> {
  requireRole(actor, 'consultant');
  return deps.db.transaction().execute(async (trx) => {
    await readBilan(trx, actor, bilanId, 'consultant');
    const bilan = await readChecklistSubject(trx, bilanId);
    const record = await readPhaseRecord(trx, bilanId);
    const state = await bilanChecklist(trx, bilan);
    if (record?.need_analysis?.trim())
      await deps.audit.recordRead(
        trx,
        actor,
        { bilanId, category: 'need_analysis', subjectType: 'bilan', subjectId: bilanId },
        deps.clock.now(),
      );
    return {
      phase: bilan.phase,
      complete: state.checklist?.complete ?? true,
      items: (state.checklist?.items ?? []).map((i) => ({
        ...i,
        attestable: isAttestable(i.code),
        note: state.attested[i.code]?.note ?? null,
      })),
      record: {
        needAnalysis: record?.need_analysis ?? '',
        format: record?.format ?? '',
        modalities: record?.modalities ?? '',
      },
    };
  });
}
