/**
 * The ROME 4.0 catalogue: state, job and skill search, job sheets. Public (open data): no session
 * needed. Bad input is a 422 with a French message or an empty result, never a 500.
 */
import { Hono } from 'hono';
import { CatalogSearchQuerySchema, codeRomeParam, SkillSearchQuerySchema } from '../contracts/schemas.ts';
import { getCatalogueInfo } from '../use-cases/get-catalogue-info.ts';
import { getJobSheet } from '../use-cases/get-job-sheet.ts';
import { searchCatalogueJobs, searchCatalogueSkills } from '../use-cases/search-catalogue.ts';
import type { Env } from '../../platform/http/context.ts';
import { param, query } from '../../platform/http/validate.ts';

export const catalogRoutes = new Hono<Env>()
  .get('/catalog', async (c) => c.json(await getCatalogueInfo(c.get('deps'))))
  .get('/catalog/search', async (c) =>
    c.json(await searchCatalogueJobs(c.get('deps'), query(c, CatalogSearchQuerySchema))),
  )
  .get('/catalog/skills/search', async (c) =>
    c.json(await searchCatalogueSkills(c.get('deps'), query(c, SkillSearchQuerySchema))),
  )
  .get('/catalog/fiches/:code', async (c) => c.json(await getJobSheet(c.get('deps'), param(c, 'code', codeRomeParam))));
