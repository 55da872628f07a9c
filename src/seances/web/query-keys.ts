/**
 * The séances' query keys (decision 021): a bilan's séances (with their counters), one séance's
 * page and the consultant's agenda. A change to a séance invalidates these, and the bilan's summary, checklist and homes when
 * it moves what they show (next séance, hours, no-shows, held séances per phase).
 */
export const seanceKeys = {
  all: ['seances'] as const,
  ofBilan: (bilanId: string) => ['seances', 'bilan', bilanId] as const,
  detail: (seanceId: string) => ['seances', 'seance', seanceId] as const,
  /** The consultant's agenda, all ranges (prefix), or one range. */
  agenda: ['seances', 'agenda'] as const,
  agendaRange: (from: string, to: string) => ['seances', 'agenda', from, to] as const,
};
