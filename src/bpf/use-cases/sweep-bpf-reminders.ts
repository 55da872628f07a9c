/**
 * The BPF reminder e-mails (legal.md BPF-01), one idempotent sweep with `now` passed in: for each
 * organisation whose previous year's BPF is not marked filed, one e-mail to its active admins on or
 * after 1 April, and one after 15 May. Each stage is claimed by a conditional insert in the
 * transaction of its e-mails; a sweep that finds both due (first run after 15 May) claims both and
 * sends the later one only.
 */
import { parisDate } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { listActiveAdmins } from '../../accounts/data/user-repository.ts';
import { bpfReminderEmail, dueReminder, dueStages, type ReminderStage } from '../domain/reminder.ts';
import { listOrganisationsToRemind } from '../data/bpf-facts.ts';
import { claimReminder } from '../data/filing-repository.ts';

export async function sweepBpfReminders(deps: Deps, now: Date): Promise<{ emails: number }> {
  const today = parsePlainDate(parisDate(now));
  const stages = dueStages(today);
  if (stages.length === 0) return { emails: 0 };
  const year = Number(today.slice(0, 4)) - 1;
  return deps.db.transaction().execute(async (trx) => {
    let emails = 0;
    for (const organisation of await listOrganisationsToRemind(trx, year)) {
      const reminder = dueReminder(today, {
        organisationCreatedOn: parsePlainDate(parisDate(new Date(organisation.created_at))),
        filedYears: [],
      });
      if (!reminder) continue;
      let toSend: ReminderStage | null = null;
      for (const stage of stages)
        if (await claimReminder(trx, { organisationId: organisation.id, year, stage }, now)) toSend = stage;
      if (!toSend) continue;
      for (const admin of await listActiveAdmins(trx, organisation.id)) {
        const message = bpfReminderEmail({
          firstName: admin.first_name,
          organisationName: organisation.name,
          reminder,
          stage: toSend,
          url: `${deps.publicUrl}/admin/bpf`,
        });
        await deps.outbox.enqueue(
          trx,
          { organisationId: organisation.id, kind: 'bpf_reminder', to: admin.email, message },
          now,
        );
        emails++;
      }
    }
    return { emails };
  });
}
