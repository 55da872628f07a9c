/** The entretien préalable's planning form: empty for a first plan, the current slot when it moves. */
import type { LeadInterviewView } from '../contracts/schemas.ts';
import { dayOf, timeOf } from '../../seances/web/seance-format.ts';

export interface PlanFormValues {
  date: string;
  start: string;
  end: string;
  mode: string;
  place: string;
  link: string;
}

export function planFormValues(interview: LeadInterviewView | null): PlanFormValues {
  if (!interview) return { date: '', start: '', end: '', mode: '', place: '', link: '' };
  return {
    date: dayOf(interview.startsAt),
    start: timeOf(interview.startsAt),
    end: timeOf(interview.endsAt),
    mode: interview.mode,
    place: interview.place ?? '',
    link: interview.link ?? '',
  };
}
