/**
 * The bilan page's "Après le bilan" section: the follow-up interview (offer, plan, record), the
 * évaluations à chaud et à froid (sent, answered: never the answers), and for CPF the EDOF
 * declarations with their deadlines.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { EdofDeclaredSchema, FollowUpRecordSchema, type AfterBilanView } from '../contracts/schemas.ts';
import { EDOF_KIND_LABELS, FOLLOW_UP_OUTCOME_LABELS, FOLLOW_UP_STATE_LABELS } from '../contracts/labels.ts';
import { ApiError, call } from '../../ui/api.ts';
import { checklistFactChanged } from '../../bilans/web/query-keys.ts';
import { afterEndpoints } from '../contracts/endpoints.ts';
import { afterKeys } from './query-keys.ts';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { Form, SelectField, useSubmit } from '../../ui/Form.tsx';
import { DateField } from '../../ui/DateField.tsx';
import { formatDate } from '../../ui/format.ts';
import { StatusChip, type ChipTone } from '../../ui/StatusChip.tsx';
import { OnDemand } from '../../bilans/web/dossier/on-demand.tsx';
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { DossierDestruction } from '../../lifecycle/web/dossier-destruction.tsx';

const EDOF_STATE_TONES: Record<AfterBilanView['edof'][number]['state'], ChipTone> = {
  pending: 'warning',
  overdue: 'danger',
  declared_on_time: 'success',
  declared_late: 'neutral',
};

const EDOF_STATE_LABELS: Record<AfterBilanView['edof'][number]['state'], string> = {
  pending: 'à faire',
  overdue: 'en retard',
  declared_on_time: 'déclarée dans les délais',
  declared_late: 'déclarée en retard',
};

function ActionButton({
  label,
  action,
  done,
  onChanged,
}: {
  label: string;
  action: () => Promise<void>;
  done: string;
  onChanged: (m: string) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const run = async () => {
    setPending(true);
    try {
      await action();
      setError(null);
      onChanged(done);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'L’action n’a pas abouti. Réessayez.');
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="spaced">
      {error ? (
        <div role="alert" className="notice notice-error">
          <p>{error}</p>
        </div>
      ) : null}
      <button
        type="button"
        className="button secondary"
        onClick={() => void run()}
        aria-disabled={pending || undefined}
      >
        {label}
      </button>
    </div>
  );
}

function RecordFollowUp({ bilanId, onChanged }: { bilanId: string; onChanged: (m: string) => void }) {
  const [outcome, setOutcome] = useState('');
  const [heldOn, setHeldOn] = useState('');
  const { errors, pending, submit } = useSubmit(
    FollowUpRecordSchema,
    (data) => call(afterEndpoints.recordFollowUp, { params: { id: bilanId }, body: data }),
    () => onChanged('L’entretien de suivi est enregistré.'),
  );
  return (
    <Form
      onSubmit={() => void submit({ outcome, heldOn })}
      errors={errors}
      labels={{ outcome: 'Résultat', heldOn: 'Date de l’entretien' }}
      submitLabel="Enregistrer l’entretien de suivi"
      pending={pending}
    >
      <DateField
        name="heldOn"
        label="Date de l’entretien"
        value={heldOn}
        onChange={setHeldOn}
        error={errors?.fields.heldOn}
      />
      <SelectField
        name="outcome"
        label="Résultat"
        value={outcome}
        onChange={setOutcome}
        placeholder="Choisissez…"
        options={Object.entries(FOLLOW_UP_OUTCOME_LABELS).map(([value, label]) => ({ value, label }))}
        error={errors?.fields.outcome}
        hint="Situation du projet au moment du suivi : ce résultat alimente les indicateurs de l’organisme, sans autre détail."
      />
    </Form>
  );
}

function EdofDeclaration({
  bilanId,
  kind,
  onChanged,
}: {
  bilanId: string;
  kind: 'entry' | 'exit';
  onChanged: (m: string) => void;
}) {
  const [declaredOn, setDeclaredOn] = useState('');
  const name = `declaredOn-${kind}`;
  const { errors, pending, submit } = useSubmit(
    EdofDeclaredSchema,
    (data) => call(afterEndpoints.declareEdof, { params: { id: bilanId }, body: data }),
    () => onChanged('La déclaration EDOF est enregistrée.'),
  );
  return (
    <Form
      onSubmit={() => void submit({ kind, declaredOn })}
      errors={
        errors
          ? {
              ...errors,
              fields: Object.fromEntries(
                Object.entries(errors.fields).map(([k, v]) => [k === 'declaredOn' ? name : k, v]),
              ),
            }
          : null
      }
      labels={{ [name]: 'Date de la déclaration' }}
      submitLabel="Enregistrer la déclaration"
      pending={pending}
      note={null}
    >
      <DateField
        name={name}
        label={`Date de la déclaration (${EDOF_KIND_LABELS[kind].toLowerCase()})`}
        value={declaredOn}
        onChange={setDeclaredOn}
        error={errors?.fields.declaredOn}
      />
    </Form>
  );
}

export function AfterSection({ bilan, onChanged }: BilanSectionProps) {
  const client = useQueryClient();
  const after = useQuery({
    queryKey: afterKeys.bilan(bilan.id),
    queryFn: () => call(afterEndpoints.afterBilan, { params: { id: bilan.id } }),
  });
  const changed = (message: string) => {
    void client.invalidateQueries({ queryKey: afterKeys.bilan(bilan.id) });
    // The checklist shows whether the follow-up was offered and the évaluation à chaud sent.
    checklistFactChanged(client, bilan.id);
    onChanged(message);
  };
  const relevant =
    bilan.phase === 'conclusion' ||
    bilan.phase === 'cloture' ||
    bilan.phase === 'abandonne' ||
    (after.data?.edof.length ?? 0) > 0;
  if (!relevant)
    return (
      <section aria-labelledby="apres">
        <h2 id="apres">Après le bilan</h2>
        <p>
          Cette partie sert à la fin du bilan : l’entretien de suivi à proposer, les évaluations à chaud et à froid et,
          pour le CPF, les déclarations EDOF. Elle s’ouvre quand le bilan arrive en phase de conclusion.
        </p>
      </section>
    );
  return (
    <section aria-labelledby="apres">
      <h2 id="apres">Après le bilan</h2>
      {after.isPending ? (
        <Loading />
      ) : after.isError ? (
        <LoadError error={after.error} />
      ) : (
        <>
          <h3>Entretien de suivi</h3>
          {after.data.followUp ? (
            <dl className="facts">
              <div>
                <dt>État</dt>
                <dd>{FOLLOW_UP_STATE_LABELS[after.data.followUp.state]}</dd>
              </div>
              {after.data.followUp.dueOn ? (
                <div>
                  <dt>Prévu vers le</dt>
                  <dd>{formatDate(after.data.followUp.dueOn)}</dd>
                </div>
              ) : null}
              {after.data.followUp.outcome ? (
                <div>
                  <dt>Résultat</dt>
                  <dd>
                    {FOLLOW_UP_OUTCOME_LABELS[after.data.followUp.outcome]}
                    {after.data.followUp.heldOn ? `, le ${formatDate(after.data.followUp.heldOn)}` : ''}
                  </dd>
                </div>
              ) : null}
            </dl>
          ) : (
            <p>L’entretien de suivi n’a pas encore été proposé.</p>
          )}
          {after.data.canOfferFollowUp ? (
            <ActionButton
              label="Proposer l’entretien de suivi"
              action={() => call(afterEndpoints.offerFollowUp, { params: { id: bilan.id } })}
              done="L’entretien de suivi est proposé : la ou le bénéficiaire est invité·e à répondre."
              onChanged={changed}
            />
          ) : null}
          {after.data.followUp?.canRecord ? (
            <OnDemand opener="Enregistrer l’entretien de suivi" title="Enregistrer l’entretien de suivi" level={4}>
              {(close) => (
                <RecordFollowUp
                  bilanId={bilan.id}
                  onChanged={(m) => {
                    close();
                    changed(m);
                  }}
                />
              )}
            </OnDemand>
          ) : null}

          <h3>Évaluations</h3>
          {after.data.evaluations.length === 0 ? (
            <p>Aucune évaluation envoyée. L’évaluation à chaud part automatiquement à la fin du bilan.</p>
          ) : (
            <ul>
              {after.data.evaluations.map((e) => (
                <li key={e.kind}>
                  Évaluation {e.kind === 'chaud' ? 'à chaud' : 'à froid'} envoyée le {formatDate(e.sentAt)} :{' '}
                  {e.answered
                    ? 'réponse reçue'
                    : `en attente de réponse (lien valable jusqu’au ${formatDate(e.expiresOn)})`}
                  {e.canResend ? (
                    <ActionButton
                      label={`Renvoyer le lien de l’évaluation ${e.kind === 'chaud' ? 'à chaud' : 'à froid'}`}
                      action={() => call(afterEndpoints.resendEvaluation, { params: { id: bilan.id, kind: e.kind } })}
                      done="Un nouveau lien d’évaluation est envoyé à la ou au bénéficiaire ; le précédent ne fonctionne plus."
                      onChanged={changed}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {after.data.canSendHotEvaluation ? (
            <ActionButton
              label="Envoyer l’évaluation à chaud maintenant"
              action={() => call(afterEndpoints.sendHotEvaluation, { params: { id: bilan.id } })}
              done="L’évaluation à chaud est envoyée par courriel."
              onChanged={changed}
            />
          ) : null}

          {after.data.edof.length > 0 ? (
            <>
              <h3>Déclarations EDOF (CPF)</h3>
              <ul>
                {after.data.edof.map((d) => (
                  <li key={d.kind}>
                    {EDOF_KIND_LABELS[d.kind]} du {formatDate(d.eventOn)} : à déclarer au plus tard le{' '}
                    {formatDate(d.deadline)}{' '}
                    <StatusChip tone={EDOF_STATE_TONES[d.state]}>{EDOF_STATE_LABELS[d.state]}</StatusChip>
                    {d.declaredOn ? ` (le ${formatDate(d.declaredOn)})` : ''}
                    {d.declaredOn ? null : (
                      <div>
                        <OnDemand
                          opener={`Enregistrer la déclaration « ${EDOF_KIND_LABELS[d.kind]} »`}
                          title={`Déclaration EDOF « ${EDOF_KIND_LABELS[d.kind]} »`}
                          level={4}
                        >
                          {(close) => (
                            <EdofDeclaration
                              bilanId={bilan.id}
                              kind={d.kind}
                              onChanged={(m) => {
                                close();
                                changed(m);
                              }}
                            />
                          )}
                        </OnDemand>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
      <DossierDestruction bilanId={bilan.id} />
    </section>
  );
}
