/**
 * The sweep that removes from the outbox the personal links that no longer work (decision 026):
 * on a trial installation, where messages are never sent, a link stays readable by an audited
 * opening only while it can still be used. Safe to run twice and from several processes.
 */
import type { Db } from '../../platform/db/kysely.ts';
import { LINK_REMOVED, withoutLink } from '../domain/personal-link.ts';
import { claimExpiredLinks, removeEmailLink } from '../data/outbox.ts';

const BATCH = 200;

export async function removeExpiredLinks(deps: { db: Db }, now: Date): Promise<{ removed: number }> {
  let removed = 0;
  for (;;) {
    const count = await deps.db.transaction().execute(async (trx) => {
      const rows = await claimExpiredLinks(trx, now, BATCH);
      for (const row of rows) {
        const removal = withoutLink({ text: row.text_body, html: row.html_body }, row.link_url!, LINK_REMOVED);
        await removeEmailLink(trx, row.id, removal, now);
      }
      return rows.length;
    });
    removed += count;
    if (count < BATCH) return { removed };
  }
}
