/**
 * The passages pre-filled from the dossier (decision 043): a refresh adds the new ones and drops
 * the undecided ones the dossier no longer gives; decided ones stay, with who decided and when.
 */
import { createHash } from 'node:crypto';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Proposal } from '../domain/prefill.ts';

export function proposalFingerprint(p: Proposal): string {
  return createHash('sha256').update(JSON.stringify([p.sectionKey, p.source, p.text])).digest('hex');
}

export function listProposals(db: Trx, syntheseId: string) {
  return db
    .selectFrom('synthese_proposals')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export function findProposal(db: Trx, syntheseId: string, proposalId: string) {
  return db
    .selectFrom('synthese_proposals')
    .selectAll()
    .where('synthese_id', '=', syntheseId)
    .where('id', '=', proposalId)
    .executeTakeFirst();
}

/** Replaces the undecided proposals by the dossier's current ones (decided ones are kept). */
export async function refreshProposals(
  db: Trx,
  synthese: { id: string; organisation_id: string },
  proposals: readonly Proposal[],
  now: Date,
): Promise<void> {
  const rows = proposals.map((p, position) => ({ p, position, fingerprint: proposalFingerprint(p) }));
  const keep = rows.map((r) => r.fingerprint);
  let stale = db.deleteFrom('synthese_proposals').where('synthese_id', '=', synthese.id).where('status', '=', 'pending');
  if (keep.length > 0) stale = stale.where('fingerprint', 'not in', keep);
  await stale.execute();
  if (rows.length === 0) return;
  await db
    .insertInto('synthese_proposals')
    .values(
      rows.map((r) => ({
        organisation_id: synthese.organisation_id,
        synthese_id: synthese.id,
        section_key: r.p.sectionKey,
        source: r.p.source,
        text: r.p.text,
        fingerprint: r.fingerprint,
        position: r.position,
        status: 'pending' as const,
        created_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['synthese_id', 'fingerprint']).doUpdateSet((eb) => ({ position: eb.ref('excluded.position') })))
    .execute();
}

export async function decideProposal(
  db: Trx,
  proposalId: string,
  decision: { status: 'accepted' | 'rejected'; by: string; now: Date },
): Promise<void> {
  await db
    .updateTable('synthese_proposals')
    .set({ status: decision.status, decided_by: decision.by, decided_at: decision.now })
    .where('id', '=', proposalId)
    .where('status', '=', 'pending')
    .executeTakeFirstOrThrow();
}
