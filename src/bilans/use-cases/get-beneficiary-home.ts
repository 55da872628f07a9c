/**
 * The beneficiary's home: their current (or latest) bilan, its phase, what comes next and their
 * consultant. Reading one's own bilan is not audited (only reads by others are).
 */
import type { BeneficiaryHome } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { latestBilanOfBeneficiary, toSummary } from '../data/bilan-summaries.ts';
import { readOrganisationName } from '../../organisation/data/organisation-repository.ts';
import { phaseHistory } from '../data/bilan-repository.ts';
import { abandonedFrom } from '../domain/phase-steps.ts';

export async function getBeneficiaryHome(deps: Deps, actor: Actor): Promise<BeneficiaryHome> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const row = await latestBilanOfBeneficiary(deps.db, actor.organisationId, actor.userId, now);
  const organisationName = await readOrganisationName(deps.db, actor.organisationId);
  if (!row) return { bilan: null, consultant: null, organisationName };
  const summary = toSummary(row, now);
  const history = row.phase === 'abandonne' ? await phaseHistory(deps.db, row.id) : [];
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
    },
    consultant: { firstName: row.c_first, lastName: row.c_last, email: row.c_email },
    organisationName,
  };
}
