/**
 * The action plan, the same for the consultant (the dossier's « Plan d’action ») and for the
 * beneficiary (« Mon plan d’action »): the steps by horizon, each with who, by when, resources,
 * funding, the piste and training need it serves, and its status. Both add, change and delete
 * steps while the bilan is open; afterwards the plan reads, and its beneficiary still updates the
 * status of each step (the basis of the follow-up interview). The pistes and training needs come
 * from the exploration's own query.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Download, Plus } from 'lucide-react';
import { actionPlanEndpoints } from '../contracts/endpoints.ts';
import {
  FUNDING_ROUTE_LABELS,
  HORIZON_LABELS,
  STEP_STATUSES,
  STEP_STATUS_LABELS,
  type ActionStepView,
} from '../contracts/schemas.ts';
import { groupByHorizon, progress, type Horizon, type StepStatus } from '../domain/model.ts';
import { explorationEndpoints } from '../../exploration/contracts/endpoints.ts';
import type { PisteView } from '../../exploration/contracts/schemas.ts';
import { explorationKeys } from '../../exploration/web/query-keys.ts';
import { usePortfolioDrafts } from '../../portfolio/web/autosave.tsx';
import { ApiError, call, urlOf } from '../../ui/api.ts';
import { Button } from '../../ui/Button.tsx';
import { longFrenchDate } from '../../ui/DateField.tsx';
import { ConfirmDialog } from '../../ui/Dialog.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { SelectField } from '../../ui/Form.tsx';
import { StatusChip, type ChipTone } from '../../ui/StatusChip.tsx';
import { useToast } from '../../ui/Toast.tsx';
import { focusLater } from '../../ui/Page.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { actionPlanKeys } from './query-keys.ts';
import { checklistFactChanged } from '../../bilans/web/query-keys.ts';
import { ACTION_PLAN_AUTOSAVE, StepEditor } from './step-editor.tsx';
import type { StepForm } from './forms.ts';
import '../../portfolio/web/portfolio.css';
import '../../exploration/web/exploration.css';
import './action-plan.css';

export type Viewer = 'beneficiary' | 'consultant';

const STATUS_TONES: Record<StepStatus, ChipTone> = {
  a_faire: 'neutral',
  en_cours: 'info',
  faite: 'success',
  abandonnee: 'warning',
};

const stepAnchor = (id: string) => `etape-${id}`;
const addAnchor = (horizon: Horizon) => `ajouter-etape-${horizon}`;

function StatusChoice({
  bilanId,
  step,
  onChanged,
}: {
  bilanId: string;
  step: ActionStepView;
  onChanged: () => unknown;
}) {
  const toast = useToast();
  const [error, setError] = useState<string | undefined>(undefined);
  const [pending, setPending] = useState(false);
  return (
    <SelectField
      name={`avancement-${step.id.slice(0, 8)}`}
      label="Avancement"
      hint={pending ? 'Enregistrement…' : undefined}
      options={STEP_STATUSES.map((s) => ({ value: s, label: STEP_STATUS_LABELS[s] }))}
      value={step.status}
      error={error}
      onChange={async (value) => {
        setPending(true);
        try {
          await call(actionPlanEndpoints.setStatus, {
            params: { id: bilanId, itemId: step.id },
            body: { revision: step.revision, status: value as StepStatus },
          });
          setError(undefined);
          toast(`« ${step.what} » : ${STEP_STATUS_LABELS[value as StepStatus].toLowerCase()}.`);
        } catch (e) {
          setError(e instanceof ApiError ? e.message : 'L’enregistrement n’a pas abouti.');
        } finally {
          setPending(false);
          await onChanged();
        }
      }}
    />
  );
}

function StepItem({
  bilanId,
  step,
  editable,
  statusEditable,
  first,
  last,
  onEdit,
  refresh,
}: {
  bilanId: string;
  step: ActionStepView;
  editable: boolean;
  statusEditable: boolean;
  /** First or last of its horizon: it cannot move further that way. */
  first: boolean;
  last: boolean;
  onEdit: () => void;
  refresh: () => Promise<unknown>;
}) {
  const toast = useToast();
  const facts: [string, string | null][] = [
    ['Qui', step.who],
    ['Échéance', step.byWhen ? (longFrenchDate(step.byWhen) ?? step.byWhen) : null],
    ['Ressources', step.resources],
    ['Financement', step.funding ? FUNDING_ROUTE_LABELS[step.funding] : null],
    ['Piste', step.piste?.title ?? null],
    ['Besoin de formation', step.trainingNeed?.content ?? null],
  ];
  const shown = facts.filter((f): f is [string, string] => f[1] !== null);
  const move = async (direction: 'up' | 'down') => {
    await call(actionPlanEndpoints.moveStep, { params: { id: bilanId, itemId: step.id }, body: { direction } });
    await refresh();
    focusLater(stepAnchor(step.id));
  };
  return (
    <li className="portfolio-item action-step">
      <div className="action-step-head">
        <h4 id={stepAnchor(step.id)} tabIndex={-1}>
          {step.what}
        </h4>
        <StatusChip tone={STATUS_TONES[step.status]}>{STEP_STATUS_LABELS[step.status]}</StatusChip>
      </div>
      {shown.length > 0 ? (
        <dl className="pistes-facts action-step-facts">
          {shown.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p className="muted small">
        Modifiée le {formatDateTime(step.updatedAt)} par {step.updatedBy.name}
      </p>
      {statusEditable ? <StatusChoice bilanId={bilanId} step={step} onChanged={refresh} /> : null}
      {editable ? (
        <div className="button-row">
          <Button size="small" onPress={onEdit}>
            Modifier<span className="visually-hidden"> l’étape « {step.what} »</span>
          </Button>
          {first ? null : (
            <Button size="small" variant="quiet" onPress={() => void move('up')}>
              Monter<span className="visually-hidden"> l’étape « {step.what} »</span>
            </Button>
          )}
          {last ? null : (
            <Button size="small" variant="quiet" onPress={() => void move('down')}>
              Descendre<span className="visually-hidden"> l’étape « {step.what} »</span>
            </Button>
          )}
          <ConfirmDialog
            triggerLabel="Supprimer"
            triggerVariant="quiet"
            title={`Supprimer l’étape « ${step.what} » ?`}
            irreversible="Cette étape sera effacée définitivement du plan d’action."
            confirmLabel="Supprimer l’étape"
            onConfirm={async () => {
              await call(actionPlanEndpoints.deleteStep, { params: { id: bilanId, itemId: step.id } });
              await refresh();
              toast(`L’étape « ${step.what} » est supprimée.`);
              focusLater(addAnchor(step.horizon));
            }}
          />
        </div>
      ) : null}
    </li>
  );
}

export function ActionPlanEditor({ bilanId, viewer }: { bilanId: string; viewer: Viewer }) {
  const client = useQueryClient();
  const plan = useQuery({
    queryKey: actionPlanKeys.ofBilan(bilanId),
    queryFn: () => call(actionPlanEndpoints.get, { params: { id: bilanId } }),
  });
  // The pistes and their training needs, as the pistes workspace reads them (one query, shared).
  const exploration = useQuery({
    queryKey: explorationKeys.ofBilan(bilanId),
    queryFn: () => call(explorationEndpoints.get, { params: { id: bilanId } }),
  });
  const drafts = usePortfolioDrafts(bilanId, ACTION_PLAN_AUTOSAVE.draftScope);
  const [editing, setEditing] = useState<string | null>(null);
  const [added, setAdded] = useState<{ id: string; horizon: Horizon }[]>([]);
  const [restored, setRestored] = useState(false);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <LoadError error={plan.error} />;
  const { editable, statusEditable, steps } = plan.data;
  const known = new Set(steps.map((s) => s.id));
  // Drafts left in this browser (a reload, a lost network, an expired session) reopen their form, once.
  if (!restored) {
    setRestored(true);
    if (editable) {
      const ids = drafts.ids('action-step');
      const reopened = ids.find((id) => known.has(id));
      if (reopened) setEditing(reopened);
      setAdded(
        ids
          .filter((id) => !known.has(id))
          .map((id) => ({ id, horizon: (drafts.get('action-step', id)?.form as StepForm).horizon || 'court' })),
      );
    }
  }
  const pistes: readonly PisteView[] = exploration.data?.pistes ?? [];
  const refresh = () => {
    // « Plan d’action établi » is a fact of the checklist (decision 042).
    checklistFactChanged(client, bilanId);
    return client.invalidateQueries({ queryKey: actionPlanKeys.ofBilan(bilanId) });
  };
  const close = (id: string, horizon: Horizon, savedId: string | null) => {
    setEditing(null);
    setAdded((list) => list.filter((a) => a.id !== id));
    focusLater(savedId ? stepAnchor(savedId) : addAnchor(horizon));
  };
  const { done, total } = progress(steps);
  const own = viewer === 'beneficiary';
  const addedIds = new Set(added.map((a) => a.id));
  return (
    <div className="portfolio action-plan">
      {editable ? null : (
        <Notice>
          <p>
            {own
              ? 'Le bilan est terminé : ce plan d’action est le vôtre. Mettez à jour l’avancement de chaque étape : il servira de base à l’entretien de suivi.'
              : 'Le bilan est terminé : le plan d’action se consulte ; la ou le bénéficiaire en met à jour l’avancement.'}
          </p>
        </Notice>
      )}
      <section aria-labelledby="plan-titre" className="portfolio-part">
        <h2 id="plan-titre" tabIndex={-1}>
          {own ? 'Mes étapes' : 'Plan d’action'}
        </h2>
        <p className="muted">
          Les étapes qui mettent en œuvre le projet retenu, à court, moyen et long terme : ce qui est à faire, qui s’en
          charge, pour quand, avec quelles ressources et quel financement.
          {total > 0 ? ` ${done} étape${done > 1 ? 's' : ''} faite${done > 1 ? 's' : ''} sur ${total}.` : ''}
        </p>
        {exploration.isError ? (
          <p className="muted">Les pistes n’ont pas pu être lues : les étapes s’y relieront plus tard.</p>
        ) : null}
        {groupByHorizon(steps).map((group) => {
          const adding = added.filter((a) => a.horizon === group.horizon);
          const shown = group.steps.filter((s) => !addedIds.has(s.id));
          const headingId = `horizon-${group.horizon}`;
          return (
            <section key={group.horizon} aria-labelledby={headingId} className="action-plan-horizon">
              <h3 id={headingId}>{group.label}</h3>
              {shown.length === 0 && adding.length === 0 ? (
                <p className="muted">Aucune étape {HORIZON_LABELS[group.horizon].toLowerCase()} pour l’instant.</p>
              ) : (
                <ul className="pistes-list" aria-labelledby={headingId}>
                  {shown.map((step, index) =>
                    editing === step.id ? (
                      <li key={step.id} className="portfolio-item portfolio-item-editing">
                        <StepEditor
                          bilanId={bilanId}
                          id={step.id}
                          view={step}
                          pistes={pistes}
                          editable={editable}
                          onSaved={() => void refresh()}
                          onClose={(saved) => close(step.id, step.horizon, saved ?? step.id)}
                        />
                      </li>
                    ) : (
                      <StepItem
                        key={step.id}
                        bilanId={bilanId}
                        step={step}
                        editable={editable}
                        statusEditable={statusEditable}
                        first={index === 0}
                        last={index === shown.length - 1}
                        onEdit={() => setEditing(step.id)}
                        refresh={refresh}
                      />
                    ),
                  )}
                  {adding.map((a) => (
                    <li key={a.id} className="portfolio-item portfolio-item-editing">
                      <StepEditor
                        bilanId={bilanId}
                        id={a.id}
                        view={null}
                        horizon={a.horizon}
                        pistes={pistes}
                        editable={editable}
                        onSaved={() => void refresh()}
                        onClose={(saved) => close(a.id, a.horizon, saved)}
                      />
                    </li>
                  ))}
                </ul>
              )}
              {editable ? (
                <p>
                  <Button
                    id={addAnchor(group.horizon)}
                    size="small"
                    icon={Plus}
                    onPress={() => setAdded((list) => [...list, { id: crypto.randomUUID(), horizon: group.horizon }])}
                  >
                    Ajouter une étape {HORIZON_LABELS[group.horizon].toLowerCase()}
                  </Button>
                </p>
              ) : null}
            </section>
          );
        })}
      </section>
      <section aria-labelledby="plan-donnees-titre" className="portfolio-part">
        <h2 id="plan-donnees-titre">{own ? 'Garder mon plan' : 'Données'}</h2>
        <p className="button-row">
          <a
            className="button secondary"
            href={urlOf(actionPlanEndpoints.exportJson, { params: { id: bilanId } })}
            download
          >
            <Download aria-hidden="true" />
            {own ? 'Télécharger mon plan d’action (JSON)' : 'Télécharger le plan d’action (JSON)'}
          </a>
        </p>
      </section>
    </div>
  );
}
