/** A lead's next status after an event, or the state machine's French refusal (409). */
import { AppError } from '../../shared/errors.ts';
import { leadTransition, type LeadEvent, type LeadStatus } from './status.ts';

export function nextLeadStatus(from: LeadStatus, event: LeadEvent): LeadStatus {
  const result = leadTransition(from, event);
  if (!result.ok) throw new AppError('lead_refused', { message: result.message });
  return result.to;
}
