/** The recurring jobs of every capability (`capabilities.ts`), for pg-boss. */
import type { JobDefinition } from '../platform/jobs/job.ts';
import { CAPABILITIES } from './capabilities.ts';

export const JOBS: JobDefinition[] = CAPABILITIES.flatMap((capability) => capability.jobs ?? []);
