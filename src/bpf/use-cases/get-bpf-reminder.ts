/** The reminder on the admin's home: the previous year's BPF to file, from 1 April until it is. */
import { requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { dueReminder, reminderMessage } from '../domain/reminder.ts';
import { readBpfOrganisation } from '../data/bpf-facts.ts';
import { listFiledYears } from '../data/filing-repository.ts';
import type { BpfReminderView } from '../contracts/schemas.ts';

export async function getBpfReminder(deps: Deps, actor: Actor): Promise<BpfReminderView> {
  requireRole(actor, 'admin');
  const today = parsePlainDate(parisDate(deps.clock.now()));
  const [organisation, filed] = await Promise.all([
    readBpfOrganisation(deps.db, actor.organisationId),
    listFiledYears(deps.db, actor.organisationId),
  ]);
  const reminder = dueReminder(today, {
    organisationCreatedOn: parsePlainDate(parisDate(new Date(organisation.created_at))),
    filedYears: filed.map((f) => f.year),
  });
  return { reminder, message: reminder ? reminderMessage(reminder) : null };
}
