/**
 * The admin's list of every bilan of the organisation (decision 034): per bilan its
 * administrative status only (beneficiary, consultant, phase, hours, financing, documents,
 * deadlines, alerts), filtered, counted and paged by the database. Never content.
 */
import type { Actor, Deps } from '../../platform/deps.ts';
import { requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { DOCUMENT_TITLES } from '../../documents/domain/builders.ts';
import { financingStatus, financingType } from '../../financing/domain/catalog.ts';
import { followUpReminderOn } from '../../after/domain/follow-up.ts';
import { alertThresholds, bilanAlerts, deadlineState, followUpDeadlineState } from '../domain/alerts.ts';
import { ADMIN_PAGE_SIZE, type AdminBilans, type AdminBilansQuery } from '../contracts/schemas.ts';
import { adminBilanRows } from '../data/admin-bilans.ts';
import { factsFromTuple, type FactsTuple } from '../data/bilan-facts.ts';

export async function listAdminBilans(deps: Deps, actor: Actor, query: AdminBilansQuery): Promise<AdminBilans> {
  requireRole(actor, 'admin');
  const now = deps.clock.now();
  const today = parsePlainDate(parisDate(now));
  const page = query.page ?? 1;
  const result = await adminBilanRows(
    deps.db,
    actor.organisationId,
    {
      consultantId: query.consultant,
      phase: query.phase,
      financing: query.financing,
      alertsOnly: query.alerts === 'oui',
      search: query.q || undefined,
      limit: ADMIN_PAGE_SIZE,
      offset: (page - 1) * ADMIN_PAGE_SIZE,
    },
    { now, today, limits: alertThresholds(today) },
  );
  return {
    total: result.total,
    withAlerts: result.withAlerts,
    page,
    pageSize: ADMIN_PAGE_SIZE,
    consultants: result.consultants.map(([id, first, last, status]) => ({
      id,
      name: `${first} ${last}`,
      active: status === 'active',
    })),
    rows: result.rows.map(
      ([
        id,
        first,
        last,
        consultantId,
        cFirst,
        cLast,
        financing,
        status,
        doneMinutes,
        documents,
        deadlines,
        ...facts
      ]) => {
        const bilanFacts = factsFromTuple(facts as FactsTuple);
        return {
          id,
          beneficiary: { firstName: first, lastName: last },
          consultant: { id: consultantId, name: `${cFirst} ${cLast}` },
          phase: bilanFacts.phase,
          plannedMinutes: bilanFacts.plannedMinutes,
          doneMinutes,
          financing: {
            type: financing,
            status: status === null ? null : (financingStatus(financingType(financing), status)?.label ?? null),
          },
          documents: documents.map(([kind, signers, awaiting]) => ({
            title: DOCUMENT_TITLES[kind],
            state: signers === 0 ? ('issued' as const) : awaiting === 0 ? ('signed' as const) : ('awaiting' as const),
          })),
          deadlines: deadlines.map(([kind, due]) => {
            const dueOn = parsePlainDate(due);
            const state =
              kind === 'follow_up'
                ? followUpDeadlineState(dueOn, followUpReminderOn(dueOn), today)
                : deadlineState(dueOn, today);
            return { kind, dueOn, state: state ?? ('later' as const) };
          }),
          alerts: bilanAlerts(bilanFacts, today),
        };
      },
    ),
  };
}
