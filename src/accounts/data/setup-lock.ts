/**
 * Concurrent set-up attempts are serialised by a transaction-scoped advisory lock: only the first
 * one on an empty database wins.
 */
import { sql } from 'kysely';
import type { Trx } from '../../platform/db/kysely.ts';

/** Takes the set-up lock until the end of the transaction `trx`. */
export async function lockSetup(trx: Trx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('sillage.setup'))`.execute(trx);
}
