/**
 * The consultant's « Aujourd'hui » (decision 034): today's séances and the next days', what is
 * overdue or due (séances to record, EDOF declarations, follow-up interviews), their unread
 * leads, documents awaiting a signature and their bilans at risk. One statement; the rules are
 * the domain's (src/dashboards/domain/alerts.ts) with today's date passed in. Kept in the read
 * cache a minute at most (it reads the clock: a séance becomes « à renseigner » at its end) and
 * dropped at once when anything of the organisation changes (decision 008).
 */
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { fromParisLocal, parisDate } from '../../platform/clock.ts';
import { addDays, parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { SIGNER_LABELS, DOCUMENT_TITLES } from '../../documents/domain/builders.ts';
import { followUpReminderOn } from '../../after/domain/follow-up.ts';
import { bilanAlerts, deadlineState, followUpDeadlineState, seanceToRecord } from '../domain/alerts.ts';
import type { ConsultantToday, TodayItem } from '../contracts/schemas.ts';
import { consultantTodayRows } from '../data/consultant-today.ts';
import { factsFromTuple, type FactsTuple } from '../data/bilan-facts.ts';

/** Today and the next days shown in « Séances ». */
const DAYS_SHOWN = 7;

/** How long an « Aujourd'hui » may be served from memory when nothing changes. */
const TODAY_CACHE_MS = 60_000;

export async function getConsultantToday(deps: Deps, actor: Actor): Promise<ConsultantToday> {
  requireRole(actor, 'consultant');
  const now = deps.clock.now();
  const key = `${actor.organisationId}:${actor.userId}`;
  const cached = deps.caches.todays.get(key, now.getTime());
  if (cached) return cached;
  const tags = [`org:${actor.organisationId}`];
  const stamp = deps.caches.todays.stamp(tags);
  const view = await buildToday(deps, actor, now);
  deps.caches.todays.set(key, view, tags, stamp, now.getTime() + TODAY_CACHE_MS, now.getTime());
  return view;
}

async function buildToday(deps: Deps, actor: Actor, now: Date): Promise<ConsultantToday> {
  const today = parsePlainDate(parisDate(now));
  const rows = await consultantTodayRows(deps.db, actor.organisationId, actor.userId, {
    now,
    from: fromParisLocal(`${today}T00:00`),
    to: fromParisLocal(`${addDays(today, DAYS_SHOWN)}T00:00`),
  });
  const name = (first: string, last: string) => `${first} ${last}`;

  const overdue: TodayItem[] = [];
  for (const [id, bilanId, first, last, startsAt, endsAt, , status] of rows.toRecord) {
    if (!seanceToRecord(status, new Date(endsAt), now)) continue;
    overdue.push({
      kind: 'seance_to_record',
      state: 'overdue',
      bilanId,
      beneficiary: name(first, last),
      seanceId: id,
      due: new Date(startsAt).toISOString(),
    });
  }
  for (const [kind, bilanId, first, last, due] of rows.deadlines) {
    const dueOn = parsePlainDate(due);
    const state =
      kind === 'follow_up'
        ? followUpDeadlineState(dueOn, followUpReminderOn(dueOn), today)
        : deadlineState(dueOn, today);
    if (state) overdue.push({ kind, state, bilanId, beneficiary: name(first, last), seanceId: null, due: dueOn });
  }
  // Overdue first, then by date.
  overdue.sort((a, b) => (a.state === b.state ? a.due.localeCompare(b.due) : a.state === 'overdue' ? -1 : 1));

  return {
    today,
    seances: rows.seances.map(([id, bilanId, first, last, startsAt, endsAt, mode, status]) => ({
      id,
      bilanId,
      beneficiary: name(first, last),
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(endsAt).toISOString(),
      mode,
      status,
    })),
    overdue,
    leads: rows.leads.map(([id, first, last, createdAt]) => ({
      id,
      name: name(first, last),
      receivedAt: new Date(createdAt).toISOString(),
    })),
    documents: rows.documents.map(([id, bilanId, first, last, kind, awaiting]) => ({
      id,
      bilanId,
      beneficiary: name(first, last),
      title: DOCUMENT_TITLES[kind],
      awaiting: awaiting.map((role) => SIGNER_LABELS[role]),
      awaitsProvider: awaiting.includes('provider'),
    })),
    atRisk: rows.open.flatMap(([bilanId, first, last, ...facts]) => {
      const bilanFacts = factsFromTuple(facts as FactsTuple);
      const alerts = bilanAlerts(bilanFacts, today);
      return alerts.length > 0 ? [{ bilanId, beneficiary: name(first, last), phase: bilanFacts.phase, alerts }] : [];
    }),
  };
}
