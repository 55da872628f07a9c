/** The bilan page's "Changer de phase" section: the forward step with its guard, abandonment, history. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { BilanDetail, TransitionOption } from '../contracts/schemas.ts';
import { TransitionSchema } from '../contracts/schemas.ts';
import { bilanEndpoints } from '../contracts/endpoints.ts';
import { PHASE_LABELS, unmetConditionLabel } from '../contracts/labels.ts';
import { ApiError, call } from '../../ui/api.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Confirm } from '../../ui/Feedback.tsx';
import { Form, TextArea, useSubmit } from '../../ui/Form.tsx';
import type { BilanSectionProps } from './section.ts';
import { bilanKeys, everyQueryOfBilan } from './query-keys.ts';
import { OnDemand } from './dossier/on-demand.tsx';

function ForwardTransition({
  bilan,
  option,
  onDone,
}: {
  bilan: BilanDetail;
  option: TransitionOption;
  onDone: (text: string) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const move = async () => {
    setPending(true);
    try {
      await call(bilanEndpoints.changePhase, { params: { id: bilan.id }, body: { to: option.to } });
      setError(null);
      onDone(
        option.to === 'cloture'
          ? 'Le bilan est clôturé.'
          : `Le bilan est passé en ${PHASE_LABELS[option.to].toLowerCase()}.`,
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Le changement de phase n’a pas abouti.');
    } finally {
      setPending(false);
    }
  };
  const label = option.to === 'cloture' ? 'Clôturer le bilan' : `Passer en ${PHASE_LABELS[option.to].toLowerCase()}`;
  if (!option.allowed) {
    return (
      <div>
        <p>
          <strong>{label} n’est pas encore possible :</strong>
        </p>
        <ul>
          {option.unmet.map((u) => (
            <li key={u.code}>{unmetConditionLabel(u)}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (!confirming) {
    return (
      <button type="button" className="button primary" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <Confirm
      id="confirm-phase"
      error={error}
      pending={pending}
      question={<>Confirmez-vous le passage en {PHASE_LABELS[option.to].toLowerCase()} ?</>}
      detail="Un bilan ne revient pas à une phase précédente."
      confirmLabel="Confirmer"
      onConfirm={() => void move()}
      onCancel={() => setConfirming(false)}
    />
  );
}

function AbandonForm({ bilan, onDone }: { bilan: BilanDetail; onDone: (text: string) => void }) {
  const [reason, setReason] = useState('');
  const { errors, pending, submit } = useSubmit(
    TransitionSchema.refine((v) => (v.reason ?? '').trim().length > 0, {
      path: ['reason'],
      message: 'Indiquez la raison de l’abandon.',
    }),
    (data) => call(bilanEndpoints.changePhase, { params: { id: bilan.id }, body: data }),
    () => onDone('L’abandon du bilan est enregistré.'),
  );
  return (
    <Form
      onSubmit={() => void submit({ to: 'abandonne', reason })}
      errors={errors}
      labels={{ reason: 'Raison de l’abandon' }}
      submitLabel="Confirmer l’abandon"
      pending={pending}
      note={null}
    >
      <TextArea
        name="reason"
        label="Raison de l’abandon"
        value={reason}
        onChange={setReason}
        error={errors?.fields.reason}
        hint="Par exemple : déménagement, reprise d’emploi, raisons de santé. Ce motif figure dans le dossier administratif ; n’y mettez pas d’informations confidentielles."
      />
    </Form>
  );
}

function Abandon({ bilan, onDone }: { bilan: BilanDetail; onDone: (text: string) => void }) {
  return (
    <OnDemand opener="Enregistrer un abandon…" title="Enregistrer l’abandon du bilan">
      {(close) => (
        <>
          <p>
            Un bilan abandonné ne reprend pas : ses séances à venir sont annulées et son certificat de réalisation est
            produit.
          </p>
          <AbandonForm
            bilan={bilan}
            onDone={(text) => {
              close();
              onDone(text);
            }}
          />
        </>
      )}
    </OnDemand>
  );
}

export function PhasesSection({ bilan, onChanged }: BilanSectionProps) {
  const client = useQueryClient();
  // A phase change moves the whole dossier (its checklist, and on closure or abandonment its
  // séances, documents and what follows) and the consultant's home.
  const changed = (text: string) => {
    void client.invalidateQueries(everyQueryOfBilan(bilan.id));
    void client.invalidateQueries({ queryKey: bilanKeys.consultantHome });
    onChanged(text);
  };
  const forward = bilan.transitions.find((t) => t.to !== 'abandonne');
  const canAbandon = bilan.transitions.some((t) => t.to === 'abandonne');
  return (
    <>
      {forward || canAbandon ? (
        <section aria-labelledby="phases">
          <h2 id="phases">Changer de phase</h2>
          {forward ? <ForwardTransition bilan={bilan} option={forward} onDone={changed} /> : null}
          {canAbandon ? (
            <div className="spaced">
              <Abandon bilan={bilan} onDone={changed} />
            </div>
          ) : null}
        </section>
      ) : null}
      {bilan.history.length > 0 ? (
        <section aria-labelledby="historique">
          <h2 id="historique">Historique des phases</h2>
          <ol>
            {bilan.history.map((h) => (
              <li key={h.at}>
                {formatDateTime(h.at)} : {PHASE_LABELS[h.from]} → {PHASE_LABELS[h.to]}, par {h.by}
                {h.reason ? ` (raison : ${h.reason})` : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
