/** The errors of the BPF: a stable code, its HTTP status and its French message. */
import type { ErrorDefinitions } from '../../shared/error-definitions.ts';

export const BPF_ERRORS = {
  bpf_year_invalid: {
    status: 422,
    message: 'Indiquez un exercice entre 2000 et l’année en cours, par exemple 2025.',
  },
  /** BPF-02: a BPF whose F-1, F-3 and F-4 totals disagree cannot be marked filed. */
  bpf_totals_disagree: {
    status: 409,
    message:
      'Les totaux des cadres F-1, F-3 et F-4 ne concordent pas : renseignez d’abord la catégorie des bénéficiaires listés dans « À compléter ».',
  },
  bpf_year_not_closed: {
    status: 409,
    message: 'Cet exercice n’est pas encore clos : son bilan pédagogique et financier se déclare après sa fin.',
  },
} as const satisfies ErrorDefinitions;
