/**
 * The admin records the day the year's BPF was filed on Mon Activité Formation (« Déclaré le »,
 * legal.md BPF-01). Refused while the year is not over, while the F-1, F-3 and F-4 totals disagree
 * (BPF-02), or for a day before the year's end or after today. Recording again corrects the day.
 */
import { parisDate } from '../../platform/clock.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { AppError } from '../../shared/errors.ts';
import { formatDateFr } from '../../shared/rules/format.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { FilingInput } from '../contracts/schemas.ts';
import { upsertFiling } from '../data/filing-repository.ts';
import { loadBpf } from './load-bpf.ts';

export async function recordBpfFiling(
  deps: Deps,
  actor: Actor,
  year: string,
  input: FilingInput,
): Promise<{ filedOn: string }> {
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  return deps.db.transaction().execute(async (trx) => {
    const view = await loadBpf(deps, actor, year, trx);
    const fy = view.figures.year;
    if (!view.closed) throw new AppError('bpf_year_not_closed');
    if (input.filedOn <= fy.to)
      throw new AppError('validation_failed', {
        fields: { filedOn: `Le dépôt suit la fin de l’exercice : indiquez une date après le ${formatDateFr(fy.to)}.` },
      });
    if (input.filedOn > today)
      throw new AppError('validation_failed', {
        fields: { filedOn: 'Cette date est dans le futur : indiquez le jour où le dépôt a été fait.' },
      });
    if (!view.figures.consistent) throw new AppError('bpf_totals_disagree');
    const previous = await upsertFiling(
      trx,
      { organisationId: actor.organisationId, year: fy.year, filedOn: input.filedOn, recordedBy: actor.userId },
      now,
    );
    await deps.audit.record(
      trx,
      auditContext(actor),
      {
        action: 'bpf.filed',
        subjectType: 'organisation',
        subjectId: actor.organisationId,
        details: { year: fy.year, filedOn: input.filedOn, previous },
      },
      now,
    );
    return { filedOn: input.filedOn };
  });
}
