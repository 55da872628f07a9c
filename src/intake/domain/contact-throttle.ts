/**
 * How often one IP address may send the public contact form: a handful per hour, enough for a
 * person who corrects a mistake, too few for a script. Same counting as login throttling.
 */
import type { ThrottleRule } from '../../accounts/domain/policies.ts';

const HOUR = 60 * 60_000;

export const CONTACT_IP_THROTTLE: ThrottleRule = { maxFailures: 5, windowMs: HOUR, blockMs: HOUR };
