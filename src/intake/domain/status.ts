/**
 * The life of a lead (an inbound request from the public page), as a pure state machine.
 *
 * nouveau ─► contacté ─► entretien préalable planifié ─► entretien réalisé ─► converti en bilan
 *    │           │                 │                            └──────────► sans suite
 *    │           │                 └─► orienté vers un autre dispositif (entretien enregistré)
 *    └───────────┴─────────────────┴─► sans suite ─► (rouvert) contacté
 *
 * Status changes happen through events, so each one names what the person did; a refused event
 * comes back with a French message naming why.
 */
export const LEAD_STATUSES = [
  'new',
  'contacted',
  'interview_planned',
  'interview_done',
  'redirected',
  'converted',
  'closed',
] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

export type LeadEvent =
  | { type: 'mark_contacted' }
  | { type: 'plan_interview' }
  | { type: 'record_interview'; outcome: 'bilan' | 'redirect' }
  | { type: 'convert'; outcome: 'bilan' | 'redirect' | null }
  | { type: 'close' }
  | { type: 'reopen' };

export type LeadTransition = { ok: true; to: LeadStatus } | { ok: false; message: string };

const OPEN: readonly LeadStatus[] = ['new', 'contacted', 'interview_planned', 'interview_done'];

export function isLeadOpen(status: LeadStatus): boolean {
  return OPEN.includes(status);
}

const refuse = (message: string): LeadTransition => ({ ok: false, message });

export function leadTransition(from: LeadStatus, event: LeadEvent): LeadTransition {
  if (from === 'converted') return refuse('Cette demande est déjà convertie en bilan : elle ne peut plus changer.');
  switch (event.type) {
    case 'mark_contacted':
      return from === 'new'
        ? { ok: true, to: 'contacted' }
        : refuse('Seule une nouvelle demande peut être marquée comme contactée.');
    case 'plan_interview':
      return from === 'new' || from === 'contacted' || from === 'interview_planned'
        ? { ok: true, to: 'interview_planned' }
        : refuse('L’entretien préalable ne peut être planifié que pour une demande en cours, avant qu’il ait eu lieu.');
    case 'record_interview':
      if (from !== 'interview_planned' && from !== 'interview_done')
        return refuse('Planifiez d’abord l’entretien préalable avant d’en enregistrer le compte rendu.');
      return { ok: true, to: event.outcome === 'bilan' ? 'interview_done' : 'redirected' };
    case 'convert':
      if (from !== 'interview_done')
        return refuse('Une demande ne peut être convertie en bilan qu’après l’entretien préalable.');
      if (event.outcome !== 'bilan')
        return refuse('L’entretien préalable n’a pas conclu qu’un bilan de compétences est adapté.');
      return { ok: true, to: 'converted' };
    case 'close':
      return isLeadOpen(from) ? { ok: true, to: 'closed' } : refuse('Cette demande est déjà terminée.');
    case 'reopen':
      return from === 'closed' || from === 'redirected'
        ? { ok: true, to: 'contacted' }
        : refuse('Seule une demande terminée peut être rouverte.');
  }
}

/** The events a person may trigger by hand from a lead's page, in the lead's status. */
export function manualLeadEvents(status: LeadStatus): ('mark_contacted' | 'close' | 'reopen')[] {
  return (['mark_contacted', 'close', 'reopen'] as const).filter((type) => leadTransition(status, { type }).ok);
}

/** What a line of a lead's history records: a status change, an assignment or a move of the entretien. */
export const LEAD_HISTORY_EVENTS = ['status', 'assigned', 'unassigned', 'interview_moved'] as const;
export type LeadHistoryEvent = (typeof LEAD_HISTORY_EVENTS)[number];
