/**
 * What a capability gives the app (decision 021): its HTTP routes, its recurring jobs, and the
 * routes that set their own body limit (uploads). Its error codes and audit events are gathered
 * from its contracts (`shared/error-catalogue.ts`, `audit/contracts/event-catalogue.ts`), its screens by the web
 * app (`app/web/screens.ts`). Registered in `app/capabilities.ts`, one line each.
 */
import type { Hono } from 'hono';
import type { Env } from './http/context.ts';
import type { JobDefinition } from './jobs/job.ts';

export interface Capability {
  name: string;
  routes?: Hono<Env>;
  jobs?: JobDefinition[];
  /** True for a request that sets its own body limit (file uploads); others get the API's 1 MB. */
  ownBodyLimit?: (method: string, path: string) => boolean;
  /**
   * True for a POST that computes an answer from its body alone: public, stateless, changing
   * nothing and reading no session (the job suggestions). Other tools and servers may call it, so
   * the same-origin check that protects writes (decision 024) does not apply to it.
   */
  openToOtherSites?: (method: string, path: string) => boolean;
}
