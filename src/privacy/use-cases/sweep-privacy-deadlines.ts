/**
 * The deadline sweep of GDPR requests (decision 048), idempotent with `now` passed in: the admins
 * of the organisation are reminded once, seven days before a request's deadline, and alerted once
 * when it has passed. Each e-mail is queued in the transaction that marks the request, so running
 * the sweep twice sends nothing more.
 */
import { listActiveAdmins } from '../../accounts/data/user-repository.ts';
import { parisDate } from '../../platform/clock.ts';
import type { Deps } from '../../platform/deps.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { lockOpenRequests, updateRequest } from '../data/request-repository.ts';
import { deadlineOf, sweepActionFor } from '../domain/deadline.ts';
import { deadlineOverdueEmail, deadlineReminderEmail } from '../domain/emails.ts';
import type { RequestKind } from '../domain/model.ts';

export async function sweepPrivacyDeadlines(deps: Deps, now: Date): Promise<{ reminders: number; overdue: number }> {
  const today = parsePlainDate(parisDate(now));
  const result = await deps.db.transaction().execute(async (trx) => {
    let reminders = 0;
    let overdue = 0;
    for (const row of await lockOpenRequests(trx)) {
      const facts = {
        dueOn: parsePlainDate(row.due_on),
        extendedDueOn: row.extended_due_on ? parsePlainDate(row.extended_due_on) : null,
      };
      const action = sweepActionFor(
        { ...facts, open: true, reminded: row.reminded_at !== null, overdueAlerted: row.overdue_alerted_at !== null },
        today,
      );
      if (action === 'none') continue;
      // A request found overdue before its reminder is marked reminded too: one e-mail only.
      await updateRequest(
        trx,
        row.id,
        action === 'remind' ? { reminded_at: now } : { overdue_alerted_at: now, reminded_at: row.reminded_at ?? now },
      );
      const compose = action === 'remind' ? deadlineReminderEmail : deadlineOverdueEmail;
      for (const admin of await listActiveAdmins(trx, row.organisation_id)) {
        const message = compose({
          firstName: admin.first_name,
          organisationName: row.organisation_name,
          kind: row.kind as RequestKind,
          receivedOn: parsePlainDate(row.received_on),
          deadline: deadlineOf(facts),
          url: `${deps.publicUrl}/admin/demandes-rgpd`,
        });
        await deps.outbox.enqueue(
          trx,
          {
            organisationId: row.organisation_id,
            kind: action === 'remind' ? 'privacy_deadline_reminder' : 'privacy_deadline_overdue',
            to: admin.email,
            message,
          },
          now,
        );
      }
      if (action === 'remind') reminders++;
      else overdue++;
    }
    return { reminders, overdue };
  });
  if (result.reminders + result.overdue > 0) deps.emailsQueued();
  return result;
}
