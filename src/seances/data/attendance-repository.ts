/** The attendance_signatures table: who signed the attendance of a séance, when and how. */
import type { Insertable } from 'kysely';
import type { Database } from '../../platform/db/database.ts';
import type { Trx } from '../../platform/db/kysely.ts';

export async function hasSignedAttendance(
  db: Trx,
  seanceId: string,
  signer: 'beneficiary' | 'consultant',
): Promise<boolean> {
  const existing = await db
    .selectFrom('attendance_signatures')
    .select('id')
    .where('seance_id', '=', seanceId)
    .where('signer_role', '=', signer)
    .executeTakeFirst();
  return existing !== undefined;
}

export async function insertAttendanceSignature(
  db: Trx,
  values: Insertable<Database['attendance_signatures']>,
): Promise<void> {
  await db.insertInto('attendance_signatures').values(values).execute();
}

/** The attendance signatures of a bilan's séances. */
export function listBilanAttendanceSignatures(db: Trx, bilanId: string) {
  return db
    .selectFrom('attendance_signatures as a')
    .innerJoin('seances as s', 's.id', 'a.seance_id')
    .select(['a.seance_id', 'a.signer_role', 'a.signed_name', 'a.signed_at', 'a.method'])
    .where('s.bilan_id', '=', bilanId)
    .execute();
}
