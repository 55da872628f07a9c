/**
 * The consultant's agenda: their séances across all their bilans in a range of Paris days (at most
 * six weeks, checked by the contract), with the public holidays of the range. Consultants only:
 * an admin follows administrative states per bilan, never the calendar of whom a consultant sees
 * (decision 035). Dates and attendance are administrative; the topic is the consultant's own.
 */
import { fromParisLocal } from '../../platform/clock.ts';
import { addDays, parsePlainDate } from '../../shared/calendar/plain-date.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import type { AgendaPage, AgendaQuery } from '../contracts/schemas.ts';
import { holidaysIn } from '../domain/agenda.ts';
import { listAgendaSeances } from '../data/agenda-repository.ts';

export async function listConsultantAgenda(deps: Deps, actor: Actor, query: AgendaQuery): Promise<AgendaPage> {
  requireRole(actor, 'consultant');
  const from = parsePlainDate(query.from);
  const to = parsePlainDate(query.to);
  // Midnight always exists in Paris (the clocks change at 2 h and 3 h): one instant per bound.
  const rows = await listAgendaSeances(
    deps.db,
    actor,
    fromParisLocal(`${from}T00:00`),
    fromParisLocal(`${addDays(to, 1)}T00:00`),
  );
  return {
    from,
    to,
    holidays: holidaysIn({ from, to }),
    seances: rows.map((r) => ({
      id: r.id,
      bilanId: r.bilan_id,
      beneficiary: { firstName: r.first_name, lastName: r.last_name },
      startsAt: r.starts_at.toISOString(),
      endsAt: r.ends_at.toISOString(),
      mode: r.mode,
      place: r.place,
      topic: r.topic,
      status: r.status,
      awaitingSignature:
        r.status === 'held' &&
        r.mode !== 'personal_work' &&
        (r.signed_by_beneficiary_at === null || r.signed_by_consultant_at === null),
    })),
  };
}
