/** The séances' API (decision 021): list, plan, read, move, cancel, record the outcome, sign the attendance; the consultant's agenda. */
import { get, post } from '../../shared/api/endpoint.ts';
import { uuidParam } from '../../shared/fields.ts';
import {
  AgendaQuerySchema,
  CancelSeanceSchema,
  MarkHeldSchema,
  NoShowSchema,
  PlanSeanceSchema,
  RescheduleSeanceSchema,
  SignAttendanceSchema,
  type AgendaPage,
  type BilanSeances,
  type SeanceDetail,
  type SeancePlanned,
} from './schemas.ts';

const bilan = { params: { id: uuidParam } };
const seance = { params: { id: uuidParam } };

export const seanceEndpoints = {
  list: get('/bilans/:id/seances', bilan).returns<BilanSeances>(),
  plan: post('/bilans/:id/seances', { ...bilan, body: PlanSeanceSchema, status: 201 }).returns<SeancePlanned>(),
  get: get('/seances/:id', seance).returns<SeanceDetail>(),
  reschedule: post('/seances/:id/reschedule', { ...seance, body: RescheduleSeanceSchema }).returns<SeancePlanned>(),
  cancel: post('/seances/:id/cancel', { ...seance, body: CancelSeanceSchema }).returnsNothing(),
  markHeld: post('/seances/:id/held', { ...seance, body: MarkHeldSchema }).returnsNothing(),
  markNoShow: post('/seances/:id/no-show', { ...seance, body: NoShowSchema }).returnsNothing(),
  signAttendance: post('/seances/:id/attendance', { ...seance, body: SignAttendanceSchema, status: 201 }).returns<{
    complete: boolean;
  }>(),
  /** The consultant's own séances across their bilans, in a range of at most six weeks. */
  agenda: get('/agenda', { query: AgendaQuerySchema }).returns<AgendaPage>(),
};
