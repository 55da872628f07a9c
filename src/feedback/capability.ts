/** Feedback: le regard des autres (360°) on the soft skills, by people invited by e-mail. */
import type { Capability } from '../platform/capability.ts';
import { feedbackRoutes } from './http/routes.ts';

export const feedback: Capability = {
  name: 'feedback',
  routes: feedbackRoutes,
};
