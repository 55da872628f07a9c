/**
 * The séances of a bilan with their signatures, the hours counters and the at-risk flag, for its
 * consultant and its beneficiary (dates and attendance are administrative, not content).
 */
import { parisDate } from '../../platform/clock.ts';
import { isOpen } from '../../bilans/domain/phases.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';
import { atRiskFromSummary, hoursCounters } from '../domain/counters.ts';
import { countedMinutes } from '../domain/seance.ts';
import { plannedAndHeldAccompanimentMinutes } from '../domain/plan.ts';
import type { BilanSeances, SeanceView } from '../contracts/schemas.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { listSeanceRows, seanceFromRow } from '../data/seance-repository.ts';
import { listBilanAttendanceSignatures } from '../data/attendance-repository.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';

export async function listBilanSeances(deps: Deps, actor: Actor, bilanId: string): Promise<BilanSeances> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (trx) => {
    const bilan = await readBilan(trx, actor, bilanId, 'either');
    const [rows, signatures] = await Promise.all([
      listSeanceRows(trx, { bilanId }),
      listBilanAttendanceSignatures(trx, bilanId),
    ]);
    const signatureOf = (seanceId: string, role: 'beneficiary' | 'consultant') => {
      const s = signatures.find((x) => x.seance_id === seanceId && x.signer_role === role);
      return s ? { name: s.signed_name, signedAt: s.signed_at.toISOString(), method: s.method } : null;
    };
    const domain = rows.map(seanceFromRow);
    const counters = hoursCounters(domain);
    const max = parameterAt('bilan.maxAccompanimentMinutes', bilan.referenceDate);
    const today = parsePlainDate(parisDate(now));
    const lastHeld = rows
      .filter((r) => r.status === 'held' && r.mode !== 'personal_work')
      .map((r) => parsePlainDate(parisDate(r.actual_end_at ?? r.ends_at)))
      .sort()
      .at(-1);
    const risk = isOpen(bilan.phase)
      ? atRiskFromSummary({
          noShows: counters.noShowCount,
          lastHeldOn: lastHeld,
          startedOn: bilan.referenceDate,
          today,
        })
      : { atRisk: false, reasons: [] };
    const seances: SeanceView[] = rows.map((r, i) => ({
      id: r.id,
      phase: r.phase,
      mode: r.mode,
      place: r.place,
      link: r.link,
      topic: r.topic,
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      actualStartAt: r.actual_start_at?.toISOString() ?? null,
      actualEndAt: r.actual_end_at?.toISOString() ?? null,
      status: r.status,
      statusReason: r.status_reason,
      minutes: countedMinutes(domain[i]!),
      beneficiarySignature: signatureOf(r.id, 'beneficiary'),
      consultantSignature: signatureOf(r.id, 'consultant'),
    }));
    return {
      bilanId,
      phase: bilan.phase,
      seances,
      counters: {
        ...counters,
        maximumMinutes: max,
        bilanPlannedMinutes: bilan.planned_accompaniment_minutes,
        // Against the bilan's own planned hours (never above the legal maximum).
        remainingToPlanMinutes: Math.max(
          0,
          Math.min(max, bilan.planned_accompaniment_minutes) - plannedAndHeldAccompanimentMinutes(domain),
        ),
      },
      atRisk: { atRisk: risk.atRisk, reasons: risk.reasons.map((r) => ({ code: r.code, message: r.message })) },
    };
  });
}
