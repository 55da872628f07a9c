/**
 * The training needs of a piste: what to learn (content, duration, certification if any), the
 * competence of the gap it closes, and the funding route (CPF, projet de transition
 * professionnelle, VAE, employer). Added, changed and deleted like the portfolio's items.
 */
import { useState } from 'react';
import { Plus } from 'lucide-react';
import { explorationEndpoints } from '../contracts/endpoints.ts';
import {
  FUNDING_ROUTE_LABELS,
  TrainingNeedSchema,
  type PisteView,
  type TrainingNeedInput,
  type TrainingNeedView,
} from '../contracts/schemas.ts';
import { FUNDING_ROUTES } from '../domain/model.ts';
import { call } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { SelectField, TextArea, TextField } from '../../ui/Form.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { ItemEditor, itemFieldName, usePortfolioDrafts } from '../../portfolio/web/autosave.tsx';
import { EXPLORATION_AUTOSAVE, focusLater, useExploration, useExplorationAutosave } from './context.ts';
import { EMPTY_TRAINING_NEED, trainingNeedBody, trainingNeedForm, type TrainingNeedForm } from './forms.ts';

const LABELS: Partial<Record<keyof TrainingNeedForm, string>> = {
  content: 'Formation ou apprentissage',
  codeOgr: 'Compétence visée',
  duration: 'Durée',
  certification: 'Certification',
  funding: 'Financement',
};

function shown(key: keyof TrainingNeedForm, form: TrainingNeedForm): string {
  if (key === 'funding') return form.funding ? FUNDING_ROUTE_LABELS[form.funding] : '';
  return form[key];
}

function TrainingNeedEditor({
  piste,
  id,
  view,
  onClose,
}: {
  piste: PisteView;
  id: string;
  view: TrainingNeedView | null;
  onClose: (savedId: string | null) => void;
}) {
  const { bilanId } = useExploration();
  const save = useExplorationAutosave<TrainingNeedForm, TrainingNeedView>({
    kind: 'training-need',
    id,
    view,
    initial: EMPTY_TRAINING_NEED,
    toBody: (form, revision) => trainingNeedBody(id, revision, piste.id, form),
    parentId: piste.id,
    schema: TrainingNeedSchema,
    save: async (body) =>
      (
        await call(explorationEndpoints.saveTrainingNeed, {
          params: { id: bilanId },
          body: body as TrainingNeedInput,
        })
      ).trainingNeed,
    fromView: trainingNeedForm,
  });
  const { form, update, fields, isNew } = save;
  const n = itemFieldName('training-need', id);
  const gapItems = [...(piste.skillGap?.missing ?? []), ...(piste.skillGap?.toDevelop ?? [])];
  return (
    <ItemEditor
      kind="training-need"
      id={id}
      headingLevel={4}
      title={isNew ? 'Nouveau besoin de formation' : `Modifier le besoin « ${view?.content ?? form.content} »`}
      save={save}
      isNew={isNew}
      onClose={onClose}
      labels={LABELS}
      note="Enregistré au fur et à mesure, et gardé sur cet appareil en attendant."
      discardLabel="Abandonner ce besoin"
      toForm={trainingNeedForm}
      show={shown}
    >
      <TextArea
        name={n('content')}
        label="Formation ou apprentissage"
        rows={2}
        hint="Par exemple « CAP Pâtissier en un an » ou « Se former à la gestion d’un commerce »."
        value={form.content}
        error={fields['content']}
        onChange={(content) => update({ content })}
      />
      {gapItems.length > 0 ? (
        <SelectField
          name={n('codeOgr')}
          label="Compétence visée"
          optional
          placeholder="Aucune en particulier"
          options={gapItems.map((item) => ({ value: item.codeOgr, label: item.label }))}
          value={form.codeOgr}
          error={fields['codeOgr']}
          onChange={(codeOgr) => update({ codeOgr })}
        />
      ) : null}
      <div className="inline-fields">
        <TextField
          name={n('duration')}
          label="Durée"
          optional
          hint="Par exemple « 6 mois » ou « 35 heures »."
          value={form.duration}
          error={fields['duration']}
          onChange={(duration) => update({ duration })}
        />
        <TextField
          name={n('certification')}
          label="Certification"
          optional
          hint="Le diplôme ou le titre visé, s’il y en a un."
          value={form.certification}
          error={fields['certification']}
          onChange={(certification) => update({ certification })}
        />
      </div>
      <SelectField
        name={n('funding')}
        label="Financement envisagé"
        optional
        placeholder="Pas encore envisagé"
        options={FUNDING_ROUTES.map((route) => ({ value: route, label: FUNDING_ROUTE_LABELS[route] }))}
        value={form.funding}
        error={fields['funding']}
        onChange={(funding) => update({ funding: funding as TrainingNeedForm['funding'] })}
      />
    </ItemEditor>
  );
}

export function TrainingNeeds({ piste }: { piste: PisteView }) {
  const { bilanId, editable, refresh } = useExploration();
  const toast = useToast();
  const drafts = usePortfolioDrafts(bilanId, EXPLORATION_AUTOSAVE.draftScope);
  // A draft left in this browser (a reload, a lost network, an expired session) reopens its form.
  const [editing, setEditing] = useState<string | null>(() =>
    editable
      ? (drafts.ids('training-need').find((id) => piste.trainingNeeds.some((item) => item.id === id)) ?? null)
      : null,
  );
  // A new one whose draft never reached the server reopens under its piste.
  const [added, setAdded] = useState<string | null>(() =>
    editable
      ? (drafts.ids('training-need', piste.id).find((id) => !piste.trainingNeeds.some((item) => item.id === id)) ??
        null)
      : null,
  );
  const addId = `ajouter-formation-${piste.id}`;
  const close = (savedId: string | null) => {
    setEditing(null);
    setAdded(null);
    focusLater(savedId ? `formation-${savedId}` : addId);
  };
  return (
    <div className="pistes-block">
      <h4>Besoins de formation</h4>
      {piste.trainingNeeds.length === 0 && !added ? (
        <p className="muted">Aucun besoin de formation noté pour cette piste.</p>
      ) : (
        <ul className="pistes-sublist">
          {piste.trainingNeeds
            .filter((need) => need.id !== added)
            .map((need) =>
              editing === need.id ? (
                <li key={need.id}>
                  <TrainingNeedEditor
                    piste={piste}
                    id={need.id}
                    view={need}
                    onClose={(saved) => close(saved ?? need.id)}
                  />
                </li>
              ) : (
                <li key={need.id}>
                  <p id={`formation-${need.id}`} tabIndex={-1}>
                    <strong>{need.content}</strong>
                  </p>
                  <p className="muted">
                    {[
                      need.competence?.label ? `Pour : ${need.competence.label}` : null,
                      need.duration ? `Durée : ${need.duration}` : null,
                      need.certification ? `Certification : ${need.certification}` : null,
                      need.funding ? `Financement : ${FUNDING_ROUTE_LABELS[need.funding]}` : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  {editable ? (
                    <div className="button-row">
                      <Button size="small" onPress={() => setEditing(need.id)}>
                        Modifier<span className="visually-hidden"> le besoin « {need.content} »</span>
                      </Button>
                      <ConfirmDialog
                        triggerLabel="Supprimer"
                        triggerVariant="quiet"
                        title={`Supprimer le besoin « ${need.content} » ?`}
                        irreversible="Ce besoin de formation sera effacé définitivement."
                        confirmLabel="Supprimer le besoin"
                        onConfirm={async () => {
                          await call(explorationEndpoints.deleteTrainingNeed, {
                            params: { id: bilanId, itemId: need.id },
                          });
                          await refresh();
                          toast(`Le besoin « ${need.content} » est supprimé.`);
                          focusLater(addId);
                        }}
                      />
                    </div>
                  ) : null}
                </li>
              ),
            )}
          {added ? (
            <li>
              <TrainingNeedEditor piste={piste} id={added} view={null} onClose={close} />
            </li>
          ) : null}
        </ul>
      )}
      {editable && !added ? (
        <p>
          <Button id={addId} size="small" icon={Plus} onPress={() => setAdded(crypto.randomUUID())}>
            Ajouter un besoin de formation<span className="visually-hidden"> pour « {piste.title} »</span>
          </Button>
        </p>
      ) : null}
    </div>
  );
}
