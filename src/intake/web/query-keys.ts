/**
 * Intake's query keys (decision 021): the leads (`leads` is the prefix of each lead's key, so
 * invalidating it refreshes the list and the lead pages) and the organisations' public pages.
 */
export const intakeKeys = {
  all: ['intake'] as const,
  leads: ['intake', 'leads'] as const,
  lead: (id: string) => ['intake', 'leads', id] as const,
  publicPage: (slug: string) => ['intake', 'public-page', slug] as const,
};
