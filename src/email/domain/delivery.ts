/** Delivery over SMTP: a message that keeps failing is marked 'failed' after this many tries. */
export const MAX_ATTEMPTS = 5;
