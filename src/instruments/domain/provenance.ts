/**
 * Provenance of an instrument: every instrument file states where its items come from, under
 * which licence, in which version, and how far our French adaptation has gone (ITC guidelines:
 * draft → piloted → validated). Reports print it, so a result is never shown without it.
 */
import { z } from 'zod';

export const InstrumentSourceSchema = z.object({
  instrumentId: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Version of our instrument file (items, keys, scoring); answers are tied to it. */
  version: z.number().int().positive(),
  name: z.string().min(1),
  source: z.object({
    citation: z.string().min(1),
    url: z.string().url(),
    licence: z.string().min(1),
    licenceNote: z.string().min(1),
  }),
  language: z.literal('fr-FR'),
  adaptation: z.object({
    status: z.enum(['draft', 'piloted', 'validated']),
    by: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  itemCount: z.number().int().positive(),
});
export type InstrumentSource = z.infer<typeof InstrumentSourceSchema>;

/** French label of an adaptation status, for the provenance line of reports. */
export function adaptationLabel(status: InstrumentSource['adaptation']['status']): string {
  switch (status) {
    case 'draft':
      return 'adaptation française non validée – usage exploratoire';
    case 'piloted':
      return 'adaptation française testée auprès d’un premier groupe – usage exploratoire';
    case 'validated':
      return 'adaptation française validée';
  }
}
