/**
 * The beneficiary's home: their current (or latest) bilan, its phase, what comes next, their
 * consultant and the préliminaire record agreed with them (content of their own bilan, read-only).
 * Reading one's own bilan is not audited (only reads by others are).
 */
import type { BeneficiaryHome } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { latestBilanOfBeneficiary, toSummary } from '../data/bilan-summaries.ts';
import { readOrganisationName } from '../../organisation/data/organisation-repository.ts';
import { phaseHistory } from '../data/bilan-repository.ts';
import { readPhaseRecord } from '../data/phase-record-repository.ts';
import { abandonedFrom } from '../domain/phase-steps.ts';

export async function getBeneficiaryHome(deps: Deps, actor: Actor): Promise<BeneficiaryHome> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const row = await latestBilanOfBeneficiary(deps.db, actor.organisationId, actor.userId, now);
  const organisationName = await readOrganisationName(deps.db, actor.organisationId);
  if (!row) return { bilan: null, consultant: null, organisationName };
  const summary = toSummary(row, now);
  const history = row.phase === 'abandonne' ? await phaseHistory(deps.db, row.id) : [];
  const record = await readPhaseRecord(deps.db, row.id);
  const filled = [record?.need_analysis, record?.format, record?.modalities].some((t) => t && t.trim().length > 0);
  return {
    bilan: {
      id: row.id,
      phase: row.phase,
      financing: row.financing,
      plannedMinutes: summary.plannedMinutes,
      doneMinutes: summary.doneMinutes,
      nextStep: summary.nextStep,
      createdAt: summary.createdAt,
      phaseChangedAt: row.phase_changed_at.toISOString(),
      abandonedFrom: abandonedFrom(
        row.phase,
        history.map((h) => ({ from: h.from_phase, to: h.to_phase })),
      ),
      preliminaire:
        record && filled
          ? {
              needAnalysis: record.need_analysis ?? '',
              format: record.format ?? '',
              modalities: record.modalities ?? '',
            }
          : null,
    },
    consultant: { firstName: row.c_first, lastName: row.c_last, email: row.c_email },
    organisationName,
  };
}
