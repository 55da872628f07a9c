/**
 * The editor of one step of the plan, on the portfolio's autosave (nothing typed is lost; the
 * other person's version shown on a 409): horizon, what, who, by when, resources, funding route,
 * status, and the piste and training need it serves, chosen among the bilan's pistes.
 */
import { useState } from 'react';
import { actionPlanEndpoints } from '../contracts/endpoints.ts';
import {
  ActionStepSchema,
  FUNDING_ROUTES,
  FUNDING_ROUTE_LABELS,
  HORIZONS,
  HORIZON_LABELS,
  STEP_STATUSES,
  STEP_STATUS_LABELS,
  type ActionStepInput,
  type ActionStepView,
} from '../contracts/schemas.ts';
import type { PisteView } from '../../exploration/contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { DateField, longFrenchDate } from '../../ui/DateField.tsx';
import { SelectField, TextArea, TextField } from '../../ui/Form.tsx';
import { ItemEditor, itemFieldName, useItemAutosave } from '../../portfolio/web/autosave.tsx';
import { stepBody, stepForm, emptyStep, type StepForm } from './forms.ts';

export const ACTION_PLAN_AUTOSAVE = { draftScope: 'plan-d-action', staleCode: 'action_plan_stale' } as const;

const LABELS: Partial<Record<keyof StepForm, string>> = {
  horizon: 'Horizon',
  what: 'Étape',
  who: 'Qui',
  byWhen: 'Échéance',
  resources: 'Ressources',
  funding: 'Financement',
  status: 'Avancement',
  pisteId: 'Piste',
  trainingNeedId: 'Besoin de formation',
};

export function StepEditor({
  bilanId,
  id,
  view,
  horizon,
  pistes,
  editable,
  onSaved,
  onClose,
}: {
  bilanId: string;
  id: string;
  view: ActionStepView | null;
  /** The horizon a new step starts in. */
  horizon?: StepForm['horizon'];
  /** The bilan's pistes, with their training needs (the exploration's own reading). */
  pistes: readonly PisteView[];
  editable: boolean;
  onSaved: () => void;
  onClose: (savedId: string | null) => void;
}) {
  const [isNew, setIsNew] = useState(view === null);
  const save = useItemAutosave<StepForm, ActionStepView>({
    bilanId,
    kind: 'action-step',
    id,
    serverRevision: view?.revision ?? 0,
    initial: view ? stepForm(view) : emptyStep(horizon),
    toBody: (form, revision) => stepBody(id, revision, form),
    schema: ActionStepSchema,
    save: async (body) =>
      (await call(actionPlanEndpoints.saveStep, { params: { id: bilanId }, body: body as ActionStepInput })).step,
    fromView: stepForm,
    onSaved: () => {
      setIsNew(false);
      onSaved();
    },
    enabled: editable,
    ...ACTION_PLAN_AUTOSAVE,
  });
  const { form, update, fields } = save;
  const n = itemFieldName('action-step', id);
  const piste = pistes.find((p) => p.id === form.pisteId);
  const needs = piste ? piste.trainingNeeds : pistes.flatMap((p) => p.trainingNeeds);
  const pisteTitle = (pisteId: string) => pistes.find((p) => p.id === pisteId)?.title ?? '';
  const show = (key: keyof StepForm, f: StepForm): string => {
    if (key === 'horizon') return f.horizon ? HORIZON_LABELS[f.horizon] : '';
    if (key === 'status') return STEP_STATUS_LABELS[f.status];
    if (key === 'funding') return f.funding ? FUNDING_ROUTE_LABELS[f.funding] : '';
    if (key === 'byWhen') return longFrenchDate(f.byWhen) ?? f.byWhen;
    if (key === 'pisteId') return pisteTitle(f.pisteId);
    if (key === 'trainingNeedId')
      return pistes.flatMap((p) => p.trainingNeeds).find((t) => t.id === f.trainingNeedId)?.content ?? '';
    return f[key];
  };
  return (
    <ItemEditor
      kind="action-step"
      id={id}
      headingLevel={4}
      title={isNew ? 'Nouvelle étape' : `Modifier l’étape « ${view?.what ?? form.what} »`}
      save={save}
      isNew={isNew}
      onClose={onClose}
      labels={LABELS}
      note="Enregistré au fur et à mesure, et gardé sur cet appareil en attendant."
      discardLabel="Abandonner cette étape"
      toForm={stepForm}
      show={show}
    >
      <SelectField
        name={n('horizon')}
        label="Horizon"
        placeholder="Choisir…"
        options={HORIZONS.map((h) => ({ value: h, label: HORIZON_LABELS[h] }))}
        value={form.horizon}
        error={fields['horizon']}
        onChange={(horizon) => update({ horizon: horizon as StepForm['horizon'] })}
      />
      <TextArea
        name={n('what')}
        label="Étape"
        rows={2}
        hint="Ce qui est à faire, par exemple « Rencontrer deux libraires indépendants »."
        value={form.what}
        error={fields['what']}
        onChange={(what) => update({ what })}
      />
      <div className="inline-fields">
        <TextField
          name={n('who')}
          label="Qui"
          optional
          hint="Vous, et qui vous aide : un organisme, un contact."
          value={form.who}
          error={fields['who']}
          onChange={(who) => update({ who })}
        />
        <DateField
          name={n('byWhen')}
          label="Échéance"
          optional
          value={form.byWhen}
          error={fields['byWhen']}
          onChange={(byWhen) => update({ byWhen })}
        />
      </div>
      <TextArea
        name={n('resources')}
        label="Ressources"
        optional
        rows={2}
        hint="Ce qui aidera : contacts, sites, réseaux, temps à y consacrer."
        value={form.resources}
        error={fields['resources']}
        onChange={(resources) => update({ resources })}
      />
      <SelectField
        name={n('funding')}
        label="Financement envisagé"
        optional
        placeholder="Aucun ou pas encore envisagé"
        options={FUNDING_ROUTES.map((route) => ({ value: route, label: FUNDING_ROUTE_LABELS[route] }))}
        value={form.funding}
        error={fields['funding']}
        onChange={(funding) => update({ funding: funding as StepForm['funding'] })}
      />
      <SelectField
        name={n('status')}
        label="Avancement"
        options={STEP_STATUSES.map((s) => ({ value: s, label: STEP_STATUS_LABELS[s] }))}
        value={form.status}
        error={fields['status']}
        onChange={(status) => update({ status: status as StepForm['status'] })}
      />
      {pistes.length > 0 ? (
        <div className="inline-fields">
          <SelectField
            name={n('pisteId')}
            label="Piste"
            optional
            placeholder="Aucune en particulier"
            options={pistes.map((p) => ({ value: p.id, label: p.title }))}
            value={form.pisteId}
            error={fields['pisteId']}
            onChange={(pisteId) =>
              // A training need of another piste no longer fits.
              update({
                pisteId,
                trainingNeedId: pistes
                  .find((p) => p.id === pisteId)
                  ?.trainingNeeds.some((t) => t.id === form.trainingNeedId)
                  ? form.trainingNeedId
                  : '',
              })
            }
          />
          {needs.length > 0 ? (
            <SelectField
              name={n('trainingNeedId')}
              label="Besoin de formation"
              optional
              placeholder="Aucun en particulier"
              options={needs.map((t) => ({ value: t.id, label: t.content }))}
              value={form.trainingNeedId}
              error={fields['trainingNeedId']}
              onChange={(trainingNeedId) => {
                const owner = pistes.find((p) => p.trainingNeeds.some((t) => t.id === trainingNeedId));
                update({ trainingNeedId, pisteId: owner ? owner.id : form.pisteId });
              }}
            />
          ) : null}
        </div>
      ) : null}
    </ItemEditor>
  );
}
