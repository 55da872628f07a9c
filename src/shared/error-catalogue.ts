/**
 * Every error a user can meet, gathered from each capability's `contracts/errors.ts` (one line per
 * capability): a stable code, its HTTP status and its French message. Shared by the API and the
 * browser, so a message reads the same on both sides.
 */
import { GENERIC_ERRORS, type ErrorDefinitions } from './error-definitions.ts';
import { ACCOUNTS_ERRORS } from '../accounts/contracts/errors.ts';
import { BILANS_ERRORS } from '../bilans/contracts/errors.ts';
import { SEANCES_ERRORS } from '../seances/contracts/errors.ts';
import { AFTER_ERRORS } from '../after/contracts/errors.ts';
import { CATALOG_ERRORS } from '../catalog/contracts/errors.ts';
import { ORGANISATION_ERRORS } from '../organisation/contracts/errors.ts';
import { INTAKE_ERRORS } from '../intake/contracts/errors.ts';
import { EXTERNAL_TESTS_ERRORS } from '../external-tests/contracts/errors.ts';
import { DOCUMENTS_ERRORS } from '../documents/contracts/errors.ts';
import { FINANCING_ERRORS } from '../financing/contracts/errors.ts';
import { QUESTIONNAIRES_ERRORS } from '../questionnaires/contracts/errors.ts';
import { WORKSHEETS_ERRORS } from '../worksheets/contracts/errors.ts';
import { FEEDBACK_ERRORS } from '../feedback/contracts/errors.ts';
import { PORTFOLIO_ERRORS } from '../portfolio/contracts/errors.ts';
import { EXPLORATION_ERRORS } from '../exploration/contracts/errors.ts';
import { ACTION_PLAN_ERRORS } from '../action-plan/contracts/errors.ts';
import { LIFECYCLE_ERRORS } from '../lifecycle/contracts/errors.ts';
import { SHARING_ERRORS } from '../sharing/contracts/errors.ts';
import { SYNTHESE_ERRORS } from '../synthese/contracts/errors.ts';
import { PRIVACY_ERRORS } from '../privacy/contracts/errors.ts';
import { QUALITY_ERRORS } from '../quality/contracts/errors.ts';
import { BPF_ERRORS } from '../bpf/contracts/errors.ts';

export const ERRORS = {
  ...GENERIC_ERRORS,
  ...ACCOUNTS_ERRORS,
  ...BILANS_ERRORS,
  ...SEANCES_ERRORS,
  ...AFTER_ERRORS,
  ...CATALOG_ERRORS,
  ...ORGANISATION_ERRORS,
  ...INTAKE_ERRORS,
  ...EXTERNAL_TESTS_ERRORS,
  ...DOCUMENTS_ERRORS,
  ...FINANCING_ERRORS,
  ...QUESTIONNAIRES_ERRORS,
  ...WORKSHEETS_ERRORS,
  ...FEEDBACK_ERRORS,
  ...PORTFOLIO_ERRORS,
  ...EXPLORATION_ERRORS,
  ...ACTION_PLAN_ERRORS,
  ...LIFECYCLE_ERRORS,
  ...SHARING_ERRORS,
  ...SYNTHESE_ERRORS,
  ...PRIVACY_ERRORS,
  ...QUALITY_ERRORS,
  ...BPF_ERRORS,
} as const satisfies ErrorDefinitions;
