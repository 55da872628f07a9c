/** The outcome shown on a bilan's page when the consultant arrives from creating it. */
export function createdMessage(state: unknown): string | null {
  const created = (state as { created?: unknown } | null)?.created;
  return typeof created === 'string' && created ? `Le bilan de ${created} est créé et son invitation envoyée.` : null;
}
