/**
 * The ROME 4.0 catalogue: state, job and skill search, job sheets, explained suggestions. Public (open data): no session
 * needed. Bad input is a 422 with a French message or an empty result, never a 500.
 */
import { catalogEndpoints } from '../contracts/endpoints.ts';
import { getCatalogueInfo } from '../use-cases/get-catalogue-info.ts';
import { getJobSheet } from '../use-cases/get-job-sheet.ts';
import { searchCatalogueJobs } from '../use-cases/search-catalogue-jobs.ts';
import { searchCatalogueSkills } from '../use-cases/search-catalogue-skills.ts';
import { suggestCatalogueJobs } from '../use-cases/suggest-catalogue-jobs.ts';
import { endpointRoutes } from '../../platform/http/endpoints.ts';

export const catalogRoutes = endpointRoutes()
  .on(catalogEndpoints.info, ({ deps }) => getCatalogueInfo(deps))
  .on(catalogEndpoints.searchJobs, ({ deps, query }) => searchCatalogueJobs(deps, query))
  .on(catalogEndpoints.searchSkills, ({ deps, query }) => searchCatalogueSkills(deps, query))
  .on(catalogEndpoints.jobSheet, ({ deps, params }) => getJobSheet(deps, params.code))
  .on(catalogEndpoints.suggestions, ({ deps, body }) => suggestCatalogueJobs(deps, body)).app;
