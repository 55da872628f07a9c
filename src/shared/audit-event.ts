/**
 * Declares a capability's audit labels next to its events (`contracts/audit-events.ts`): the
 * French label of each action shown in the admin's journal, one per event, checked by the types.
 */
import type { z } from 'zod';

type ActionOf<E> =
  E extends z.ZodObject<infer Shape> ? (Shape extends { action: z.ZodLiteral<infer A> } ? A : never) : never;

export function auditLabels<const Events extends readonly z.ZodObject[]>(
  _events: Events,
  labels: Record<ActionOf<Events[number]> & string, string>,
): Record<ActionOf<Events[number]> & string, string> {
  return labels;
}
