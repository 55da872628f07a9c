/**
 * Reminders the day before: every planned séance starting within the next 24 hours, planned more
 * than a day ahead and not yet reminded, gets one e-mail to the beneficiary. Safe to run twice
 * (and concurrently: rows are claimed with SKIP LOCKED and marked in the same transaction).
 */
import { addMs } from '../../accounts/domain/policies.ts';
import { seanceReminderEmail } from '../domain/emails.ts';
import type { Deps } from '../../platform/deps.ts';
import { claimSeancesToRemind, markSeanceReminded } from '../data/seance-repository.ts';

const DAY = 24 * 60 * 60_000;

export async function sweepSeanceReminders(deps: Deps, now: Date): Promise<{ reminded: number }> {
  const { db, publicUrl } = deps;
  return db.transaction().execute(async (trx) => {
    const rows = await claimSeancesToRemind(trx, now, addMs(now, DAY));
    let reminded = 0;
    for (const row of rows) {
      // Planned less than a day ahead: the invitation has just been sent, no reminder needed.
      if (row.starts_at.getTime() - row.created_at.getTime() < DAY) continue;
      const message = seanceReminderEmail({
        beneficiaryFirstName: row.first_name,
        consultantName: `${row.c_first} ${row.c_last}`,
        organisationName: row.organisation_name,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        mode: row.mode,
        place: row.place,
        link: row.link,
        url: `${publicUrl}/mon-bilan`,
      });
      await deps.outbox.enqueue(
        trx,
        { organisationId: row.organisation_id, kind: 'seance_reminder', to: row.email, message },
        now,
      );
      await markSeanceReminded(trx, row.id, now);
      reminded++;
    }
    return { reminded };
  });
}
