/**
 * Who reaches a bilan (decision 021): the one place that loads a bilan for an actor. Its
 * consultant and its beneficiary reach it (as the use case allows); another role gets 403,
 * anyone else 404 (other consultant, other beneficiary, other organisation), as if it did not
 * exist. `readBilan` takes no lock (reads); `lockBilan` locks the row for the transaction
 * (changes); `assertOpen` refuses a change to an ended bilan, through the domain's `isOpen`.
 */
import type { Kysely } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/deps.ts';
import { notFound } from '../../platform/authorize.ts';
import { AppError } from '../../shared/errors.ts';
import { parsePlainDate, type PlainDate } from '../../shared/calendar/plain-date.ts';
import { isOpen, type Phase } from '../domain/phases.ts';
import type { ReadCache } from '../../platform/cache/read-cache.ts';

/** Who may reach the bilan in this use case. */
export type BilanParty = 'consultant' | 'beneficiary' | 'either';

export interface ReachedBilan {
  id: string;
  organisation_id: string;
  phase: Phase;
  consultant_id: string;
  beneficiary_id: string;
  created_at: Date;
  /** The accompaniment planned for the bilan (its quote or contract), in minutes. */
  planned_accompaniment_minutes: number;
  /** The bilan's creation day in Paris: the reference date of the rules in force. */
  referenceDate: PlainDate;
}

async function load(db: Kysely<Database>, actor: Actor, bilanId: string, as: BilanParty, lock: boolean) {
  let query = db
    .selectFrom('bilans')
    .select([
      'id',
      'organisation_id',
      'phase',
      'consultant_id',
      'beneficiary_id',
      'created_at',
      'planned_accompaniment_minutes',
    ])
    .where('id', '=', bilanId)
    .where('organisation_id', '=', actor.organisationId);
  if (actor.role === 'consultant' && as !== 'beneficiary') query = query.where('consultant_id', '=', actor.userId);
  else if (actor.role === 'beneficiary' && as !== 'consultant') query = query.where('beneficiary_id', '=', actor.userId);
  else throw new AppError('forbidden');
  const bilan = await (lock ? query.forUpdate() : query).executeTakeFirst();
  if (!bilan) notFound();
  return { ...bilan, referenceDate: parsePlainDate(parisDate(bilan.created_at)) };
}

/** The bilan, if the actor reaches it; no lock (for reads). */
export function readBilan(db: Kysely<Database>, actor: Actor, bilanId: string, as: BilanParty): Promise<ReachedBilan> {
  return load(db, actor, bilanId, as, false);
}

/**
 * `readBilan` for a read that is itself served from a read cache (the portfolio): the answer is
 * kept per person, bilan and party, tagged by organisation, so that any change of the bilan (its
 * consultant, its phase) drops it at once (decision 008); a refusal is never kept.
 */
export async function readBilanCached(
  db: Kysely<Database>,
  cache: ReadCache<ReachedBilan>,
  actor: Actor,
  bilanId: string,
  as: BilanParty,
  nowMs: number,
): Promise<ReachedBilan> {
  const key = `${actor.userId}:${actor.role}:${actor.organisationId}:${bilanId}:${as}`;
  const cached = cache.get(key, nowMs);
  if (cached) return cached;
  const tags = [`org:${actor.organisationId}`];
  const stamp = cache.stamp(tags);
  const bilan = await readBilan(db, actor, bilanId, as);
  cache.set(key, bilan, tags, stamp, Number.POSITIVE_INFINITY, nowMs);
  return bilan;
}

/** The bilan, locked for the transaction `trx`, if the actor reaches it (for changes). */
export function lockBilan(trx: Kysely<Database>, actor: Actor, bilanId: string, as: BilanParty): Promise<ReachedBilan> {
  return load(trx, actor, bilanId, as, true);
}

/** Refuses a change to a bilan that has ended (clôturé or abandonné). */
export function assertOpen(bilan: { phase: Phase }): void {
  if (!isOpen(bilan.phase)) throw new AppError('bilan_closed');
}
