/** The form of a step as typed (empty strings for « none »), to and from the API's shapes. */
import type { ActionStepInput, ActionStepView } from '../contracts/schemas.ts';
import type { FundingRoute, Horizon, StepStatus } from '../domain/model.ts';

export interface StepForm {
  horizon: Horizon | '';
  what: string;
  who: string;
  byWhen: string;
  resources: string;
  funding: FundingRoute | '';
  status: StepStatus;
  pisteId: string;
  trainingNeedId: string;
}

export const emptyStep = (horizon: Horizon | '' = ''): StepForm => ({
  horizon,
  what: '',
  who: '',
  byWhen: '',
  resources: '',
  funding: '',
  status: 'a_faire',
  pisteId: '',
  trainingNeedId: '',
});

export function stepForm(view: ActionStepView): StepForm {
  return {
    horizon: view.horizon,
    what: view.what,
    who: view.who ?? '',
    byWhen: view.byWhen ?? '',
    resources: view.resources ?? '',
    funding: view.funding ?? '',
    status: view.status,
    pisteId: view.piste?.id ?? '',
    trainingNeedId: view.trainingNeed?.id ?? '',
  };
}

export function stepBody(id: string, revision: number, form: StepForm): ActionStepInput {
  return {
    id,
    revision,
    // An empty horizon is sent as is: the schema answers with its French message.
    horizon: form.horizon as Horizon,
    what: form.what,
    who: form.who,
    byWhen: form.byWhen,
    resources: form.resources,
    funding: form.funding || null,
    status: form.status,
    pisteId: form.pisteId || null,
    trainingNeedId: form.trainingNeedId || null,
  };
}
