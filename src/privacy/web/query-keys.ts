/** GDPR requests' query keys (decision 021): the beneficiary's own, the admin's register. */
export const privacyKeys = {
  all: ['privacy'] as const,
  mine: ['privacy', 'mine'] as const,
  register: ['privacy', 'register'] as const,
};
