/** The beneficiary's answers to the information notice (bilan_consents). */
import type { Insertable, Kysely } from 'kysely';
import type { BilanConsents, Database } from '../../platform/db/database.ts';

/** The beneficiary's latest answer, if any. */
export function latestConsent(db: Kysely<Database>, bilanId: string) {
  return db
    .selectFrom('bilan_consents')
    .select(['decision', 'decided_at', 'notice_version'])
    .where('bilan_id', '=', bilanId)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Whether the beneficiary's latest answer is a consent. */
export async function hasConsent(db: Kysely<Database>, bilanId: string): Promise<boolean> {
  const latest = await db
    .selectFrom('bilan_consents')
    .select('decision')
    .where('bilan_id', '=', bilanId)
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return latest?.decision === 'given';
}

export async function insertConsent(db: Kysely<Database>, values: Insertable<BilanConsents>): Promise<void> {
  await db.insertInto('bilan_consents').values(values).execute();
}
