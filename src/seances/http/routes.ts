/**
 * Séances of a bilan: list, plan, move, cancel, record the outcome, sign the attendance; the consultant's agenda.
 */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { seanceEndpoints as e } from '../contracts/endpoints.ts';
import { listBilanSeances } from '../use-cases/list-bilan-seances.ts';
import { planSeance } from '../use-cases/plan-seance.ts';
import { getSeance } from '../use-cases/get-seance.ts';
import { rescheduleSeance } from '../use-cases/reschedule-seance.ts';
import { cancelSeance } from '../use-cases/cancel-seance.ts';
import { markSeanceHeld } from '../use-cases/mark-seance-held.ts';
import { markSeanceNoShow } from '../use-cases/mark-seance-no-show.ts';
import { signAttendance } from '../use-cases/sign-attendance.ts';
import { listConsultantAgenda } from '../use-cases/list-consultant-agenda.ts';

export const seanceRoutes = endpointRoutes()
  .on(e.list, ({ deps, actor, params }) => listBilanSeances(deps, actor(), params.id))
  .on(e.plan, ({ deps, actor, params, body }) => planSeance(deps, actor(), params.id, body))
  .on(e.get, ({ deps, actor, params }) => getSeance(deps, actor(), params.id))
  .on(e.reschedule, ({ deps, actor, params, body }) => rescheduleSeance(deps, actor(), params.id, body))
  .on(e.cancel, ({ deps, actor, params, body }) => cancelSeance(deps, actor(), params.id, body.reason))
  .on(e.markHeld, ({ deps, actor, params, body }) => markSeanceHeld(deps, actor(), params.id, body))
  .on(e.markNoShow, ({ deps, actor, params, body }) => markSeanceNoShow(deps, actor(), params.id, body.reason))
  .on(e.signAttendance, ({ deps, actor, params, body }) => signAttendance(deps, actor(), params.id, body))
  .on(e.agenda, ({ deps, actor, query }) => listConsultantAgenda(deps, actor(), query)).app;
