/**
 * External tests' query keys (decision 021): keys start with the capability's name, bilan-scoped
 * keys hold the bilan's id. Recording, correcting or deleting a result changes only the bilan's
 * list (the bilan's summary, checklist and homes do not count external tests).
 */
export const externalTestKeys = {
  all: ['external-tests'] as const,
  /** The results of a bilan, as its consultant or its beneficiary reads them. */
  list: (bilanId: string) => ['external-tests', bilanId] as const,
};
