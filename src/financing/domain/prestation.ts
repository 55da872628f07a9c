/**
 * How the bilan is delivered, as the quote, the contract and the convention state it (R6313-8,
 * legal.md BC-15, CPF-11, EMP-02): whether it runs during the beneficiary's working time. The
 * question applies to people in work: CPF (authorisation of absence when on working time,
 * L6323-17), employer plan, OPCO / Transitions Pro and public agents; a CPF holder who is a job
 * seeker answers « not employed ».
 */
import type { FinancingType } from './catalog.ts';

export const WORKING_TIME_ANSWERS = ['during', 'partly', 'outside', 'not_employed'] as const;
export type WorkingTime = (typeof WORKING_TIME_ANSWERS)[number];

const ASKED: readonly FinancingType[] = ['cpf', 'employer_plan', 'opco_transitions_pro', 'public_agent'];

/** Whether the documents of this financing must say if the bilan runs during working time. */
export function workingTimeApplies(type: FinancingType): boolean {
  return ASKED.includes(type);
}
