/**
 * The admin says whether a person delivered the year's hours as internal (employee) or external
 * (subcontractor, freelance) staff: BPF frame E. Recorded per year (decision 051).
 */
import { requireRole, notFound } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { fiscalYearOf } from '../domain/fiscal-year.ts';
import { staffExists } from '../data/bpf-facts.ts';
import { setExternal } from '../data/filing-repository.ts';

export async function setConsultantStatus(
  deps: Deps,
  actor: Actor,
  yearText: string,
  consultantId: string,
  input: { external: boolean },
): Promise<void> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const year = Number(yearText);
  if (year > fiscalYearOf(parsePlainDate(parisDate(now)))) throw new AppError('bpf_year_invalid');
  await deps.db.transaction().execute(async (trx) => {
    if (!(await staffExists(trx, actor.organisationId, consultantId))) notFound();
    const changed = await setExternal(
      trx,
      { organisationId: actor.organisationId, year, consultantId, external: input.external, recordedBy: actor.userId },
      now,
    );
    if (!changed) return;
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'bpf.consultant_status_changed',
        subjectType: 'user',
        subjectId: consultantId,
        details: { year, external: input.external },
      },
      now,
    );
  });
}
