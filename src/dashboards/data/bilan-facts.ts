/**
 * The facts of a bilan that the at-risk rules read (src/dashboards/domain/alerts.ts), as SQL
 * expressions over a bilan aliased `b` (decision 034): shared by the consultant's « Aujourd'hui »
 * and the admin's list, each an index probe per bilan.
 */
import { sql, type RawBuilder } from 'kysely';
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { BilanAlertFacts } from '../domain/alerts.ts';
import type { Phase } from '../../bilans/domain/phases.ts';

/** A planned séance from `now` on. */
export const seancePlanned = (now: Date) => sql<boolean>`EXISTS (
  SELECT 1 FROM seances AS s WHERE s.bilan_id = b.id AND s.status = 'planned' AND s.starts_at > ${now})`;

/** The sum of séances' minutes, the attested ones when held, over séances aliased `s`. */
export const activeMinutesOf = (s: RawBuilder<unknown>) =>
  sql<number>`coalesce(sum(CASE WHEN ${s}.status = 'held' AND ${s}.attended_minutes IS NOT NULL THEN ${s}.attended_minutes
                           ELSE (date_part('epoch', ${s}.ends_at - ${s}.starts_at) / 60)::int END), 0)::int`;

/** Synchronous séances held (attested minutes) or planned, in minutes. */
export const activeMinutes = sql<number>`(
  SELECT ${activeMinutesOf(sql`s`)}
  FROM seances AS s WHERE s.bilan_id = b.id AND s.status IN ('planned', 'held') AND s.mode <> 'personal_work')`;

/** The latest consent decision is 'given'. */
export const consentGiven = sql<boolean>`coalesce((
  SELECT c.decision = 'given' FROM bilan_consents AS c WHERE c.bilan_id = b.id ORDER BY c.decided_at DESC LIMIT 1), false)`;

/** The columns of `factsFromTuple`, in order (the financing row joined as `f`). */
export const FACTS_TUPLE = (now: Date) => sql`b.phase, b.created_at, b.last_held_seance_at, b.no_show_count,
  ${seancePlanned(now)}, b.planned_accompaniment_minutes, ${activeMinutes}, ${consentGiven}, f.planned_end_on`;

export type FactsTuple = [
  phase: Phase,
  createdAt: string,
  lastHeldAt: string | null,
  noShows: number,
  seancePlanned: boolean,
  plannedMinutes: number,
  activeMinutes: number,
  consentGiven: boolean,
  plannedEndOn: string | null,
];

export function factsFromTuple([
  phase,
  createdAt,
  lastHeldAt,
  noShows,
  planned,
  plannedMinutes,
  active,
  consent,
  plannedEndOn,
]: FactsTuple): BilanAlertFacts {
  return {
    phase,
    startedOn: parsePlainDate(parisDate(new Date(createdAt))),
    lastHeldOn: lastHeldAt === null ? null : parsePlainDate(parisDate(new Date(lastHeldAt))),
    noShows,
    seancePlanned: planned,
    plannedMinutes,
    activeMinutes: active,
    consentGiven: consent,
    plannedEndOn: plannedEndOn === null ? null : parsePlainDate(plannedEndOn),
  };
}
