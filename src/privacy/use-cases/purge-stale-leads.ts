/**
 * The leads purge (decision 048, legal.md GDPR-05): a lead not converted into a bilan is deleted,
 * with its entretien préalable and its history, once its last contact is older than the retention
 * in force (`leads.retentionYears`, 3 years by default, CNIL). In batches, one transaction each;
 * each batch is audited per organisation with a count only, never a name. Idempotent, `now` passed
 * in: a second run finds nothing more.
 */
import { deleteLeadsWithChildren, lockStaleLeads } from '../../intake/data/lead-retention.ts';
import { localInstant, parisDate } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { addYears, parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { parameterAt } from '../../shared/parameters/lookup.ts';

const BATCH = 200;
const MAX_BATCHES = 50;

export async function purgeStaleLeads(deps: Deps, now: Date): Promise<{ leads: number }> {
  const today = parsePlainDate(parisDate(now));
  const retentionYears = parameterAt('leads.retentionYears', today);
  const lastContactBefore = addYears(today, -retentionYears);
  const cutoff = localInstant(lastContactBefore, '00:00');
  let total = 0;
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const deleted = await deps.db.transaction().execute(async (trx) => {
      const stale = await lockStaleLeads(trx, cutoff, BATCH);
      const byOrganisation = new Map<string, string[]>();
      for (const lead of stale)
        byOrganisation.set(lead.organisation_id, [...(byOrganisation.get(lead.organisation_id) ?? []), lead.id]);
      let count = 0;
      for (const [organisationId, ids] of byOrganisation) {
        const leads = await deleteLeadsWithChildren(trx, ids);
        count += leads;
        await deps.audit.record(
          trx,
          { organisationId, userId: null, role: 'system', ip: null, userAgent: null },
          {
            action: 'privacy.leads_purged',
            subjectType: 'organisation',
            subjectId: organisationId,
            details: { leads, retentionYears, lastContactBefore },
          },
          now,
        );
      }
      return { count, full: stale.length === BATCH };
    });
    total += deleted.count;
    if (!deleted.full) break;
  }
  return { leads: total };
}
