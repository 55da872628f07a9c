/**
 * The action plan's contracts (issue 14, decision 042): what the beneficiary and the consultant
 * send to save a step or change its status, and what they read back. A save sends the whole step
 * with the `revision` it edited (0 for a new step, whose `id` the client may choose); a stale
 * revision answers 409 `action_plan_stale` with the current version in `details.current`.
 */
import { z } from 'zod';
import {
  itemId,
  optionalDate,
  optionalEnum,
  optionalLine,
  optionalText,
  requiredText,
  revision,
} from '../../exploration/contracts/fields.ts';
import {
  FUNDING_ROUTES,
  HORIZONS,
  LIMITS,
  STEP_STATUSES,
  type FundingRoute,
  type Horizon,
  type StepStatus,
} from '../domain/model.ts';

export {
  HORIZONS,
  HORIZON_LABELS,
  STEP_STATUSES,
  STEP_STATUS_LABELS,
  FUNDING_ROUTES,
  FUNDING_ROUTE_LABELS,
} from '../domain/model.ts';

const HORIZON_MESSAGE = 'Choisissez l’horizon de l’étape : à court, à moyen ou à long terme.';
const STATUS_MESSAGE = 'Choisissez l’avancement : à faire, en cours, faite ou abandonnée.';

export const ActionStepSchema = z.object({
  id: itemId.optional(),
  revision: revision.default(0),
  horizon: z.enum(HORIZONS, { error: HORIZON_MESSAGE }),
  what: requiredText('Décrivez l’étape : ce qui est à faire.', 'Le texte de l’étape', LIMITS.what),
  who: optionalLine('Le texte « qui »', LIMITS.who),
  byWhen: optionalDate('Indiquez l’échéance au format JJ/MM/AAAA.'),
  resources: optionalText('Le texte des ressources', LIMITS.resources),
  funding: optionalEnum(
    FUNDING_ROUTES,
    'Choisissez un financement : CPF, projet de transition professionnelle, VAE, employeur ou autre.',
  ),
  status: z.enum(STEP_STATUSES, { error: STATUS_MESSAGE }).default('a_faire'),
  /** The piste of the bilan the step serves, if any. */
  pisteId: itemId.nullish().transform((v) => v ?? null),
  /** The training need of that piste it carries out, if any (its piste is then the step's). */
  trainingNeedId: itemId.nullish().transform((v) => v ?? null),
});
export type ActionStepInput = z.input<typeof ActionStepSchema>;
export type ActionStep = z.output<typeof ActionStepSchema>;

/** The status of a step alone: what the beneficiary still changes after the bilan. */
export const StepStatusSchema = z.object({
  revision,
  status: z.enum(STEP_STATUSES, { error: STATUS_MESSAGE }),
});
export type StepStatusInput = z.input<typeof StepStatusSchema>;

/** Moves a step before or after its neighbour within its horizon. */
export const MoveStepSchema = z.object({
  direction: z.enum(['up', 'down'], { error: 'Choisissez de monter ou de descendre l’étape.' }),
});
export type MoveStepInput = z.input<typeof MoveStepSchema>;

export interface PersonRef {
  id: string;
  name: string;
  role: string;
}

export interface ActionStepView {
  id: string;
  position: number;
  revision: number;
  horizon: Horizon;
  what: string;
  who: string | null;
  byWhen: string | null;
  resources: string | null;
  funding: FundingRoute | null;
  status: StepStatus;
  piste: { id: string; title: string } | null;
  trainingNeed: { id: string; content: string } | null;
  createdAt: string;
  createdBy: PersonRef;
  updatedAt: string;
  updatedBy: PersonRef;
}

export interface ActionPlanView {
  bilanId: string;
  /** False once the bilan has ended: the steps read, nothing but their status changes. */
  editable: boolean;
  /** Whether the reader may change a step's status (also the beneficiary after the bilan). */
  statusEditable: boolean;
  steps: ActionStepView[];
}
