/** Questionnaires: assignments of worksheets and instruments, answers, comments and reports. */
import type { Capability } from '../platform/capability.ts';
import { questionnaireRoutes } from './http/routes.ts';

export const questionnaires: Capability = {
  name: 'questionnaires',
  routes: questionnaireRoutes,
};
