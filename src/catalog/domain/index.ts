/**
 * Public API of the ROME catalogue (pure: strings in, model and search results out).
 * Reading a directory lives in `src/adapters/rome/read-export.ts`.
 */
export type * from './model.ts';
export { ECOLOGICAL_TRANSITIONS, RIASEC_LETTERS } from './model.ts';
export { isRomeExportError, RomeExportError, type RomeExportErrorCode } from './rome/errors.ts';
export { buildRomeCatalog, requiredFileNames, VERSION_FILE_NAME, type RomeExportInput } from './rome/build-catalog.ts';
export { assembleExportInput } from './rome/export-input.ts';
export type { RomeFile } from './rome/table.ts';
export { parseRomeFileName, ROME_TABLE_NAMES, romeFileName, type RomeTableName } from './rome/tables.ts';
export { splitGenderForms, type GenderForms } from './rome/gender.ts';
export {
  buildJobSearchIndex,
  searchJobs,
  type JobSearchIndex,
  type JobSearchResult,
  type JobSearchSource,
} from './search/job-search.ts';
export {
  buildSkillSearchIndex,
  searchSkills,
  type SkillKind,
  type SkillScope,
  type SkillSearchIndex,
  type SkillSearchResult,
  type SkillSearchSource,
} from './search/skill-search.ts';
export { clampLimit, SEARCH_LIMITS } from './search/explain.ts';
export { ABBREVIATIONS, expandAbbreviation } from './search/abbreviations.ts';
export { QUERY_BOUNDS } from './search/query.ts';
