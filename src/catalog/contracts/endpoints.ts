/**
 * The ROME catalogue's endpoints (decision 021): its state, job and skill search, job sheets.
 * Public (open data): no session needed. Suggestions are a POST (a portfolio is too long for a
 * query string) but stateless.
 */
import { get, post } from '../../shared/api/endpoint.ts';
import { SuggestionsBodySchema, type JobSuggestions } from './suggestions.ts';
import {
  CatalogSearchQuerySchema,
  codeRomeParam,
  SkillSearchQuerySchema,
  type CatalogueInfo,
  type JobSearchHit,
  type JobSheet,
  type SearchResults,
  type SkillSearchHit,
} from './schemas.ts';

export const catalogEndpoints = {
  info: get('/catalog', { public: true }).returns<CatalogueInfo>(),
  searchJobs: get('/catalog/search', { query: CatalogSearchQuerySchema, public: true }).returns<
    SearchResults<JobSearchHit>
  >(),
  searchSkills: get('/catalog/skills/search', { query: SkillSearchQuerySchema, public: true }).returns<
    SearchResults<SkillSearchHit>
  >(),
  jobSheet: get('/catalog/fiches/:code', { params: { code: codeRomeParam }, public: true }).returns<JobSheet>(),
  suggestions: post('/catalog/suggestions', { body: SuggestionsBodySchema, public: true }).returns<JobSuggestions>(),
};
