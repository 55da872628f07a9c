/**
 * Who reaches a bilan's lifecycle (decision 046): its beneficiary and its consultant (through the
 * bilans' access rules), and the admins of its organisation. Anyone else: 404.
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { readBilanOfOrganisation } from '../../bilans/data/ended-bilans.ts';
import { notFound } from '../../platform/authorize.ts';
import type { Trx } from '../../platform/db/kysely.ts';
import type { Actor } from '../../platform/deps.ts';

export async function reachLifecycle(db: Trx, actor: Actor, bilanId: string) {
  if (actor.role !== 'admin') await readBilan(db, actor, bilanId, 'either');
  const bilan = await readBilanOfOrganisation(db, actor.organisationId, bilanId);
  if (!bilan) notFound();
  return bilan;
}
