/**
 * The ROME catalogue's query keys (decision 021): keys start with the capability's name. The
 * catalogue changes only through an import (command line or ROME_DIR), so nothing invalidates them.
 */
export const catalogKeys = {
  all: ['catalog'] as const,
  /** The catalogue's state: release, counts, credit line. */
  info: ['catalog', 'info'] as const,
  searchJobs: (q: string, limit: number) => ['catalog', 'search', q, limit] as const,
  jobSheet: (code: string) => ['catalog', 'fiche', code] as const,
};
