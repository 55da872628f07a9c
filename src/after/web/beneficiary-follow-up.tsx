/**
 * On the beneficiary's home: the follow-up interview their consultant offered, to accept or
 * decline (freely: declining is never a fault), then its planned date.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { FOLLOW_UP_OUTCOME_LABELS } from '../contracts/labels.ts';
import { ApiError, call } from '../../ui/api.ts';
import { afterEndpoints } from '../contracts/endpoints.ts';
import { afterKeys } from './query-keys.ts';
import { formatDate } from '../../ui/format.ts';

export function MyFollowUp({ bilanId }: { bilanId: string }) {
  const client = useQueryClient();
  const after = useQuery({
    queryKey: afterKeys.bilan(bilanId),
    queryFn: () => call(afterEndpoints.afterBilan, { params: { id: bilanId } }),
  });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const followUp = after.data?.followUp;
  if (!followUp) return null;
  const answer = async (response: 'accepted' | 'declined') => {
    try {
      await call(afterEndpoints.answerFollowUp, { params: { id: bilanId }, body: { response } });
      setError(null);
      setDone(
        response === 'accepted'
          ? 'C’est noté : votre consultant·e vous recontactera pour l’entretien de suivi.'
          : 'C’est noté : aucun entretien de suivi ne sera planifié.',
      );
      await client.invalidateQueries({ queryKey: afterKeys.bilan(bilanId) });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Votre réponse n’a pas pu être enregistrée. Réessayez.');
    }
  };
  return (
    <section aria-labelledby="suivi">
      <h2 id="suivi">Entretien de suivi</h2>
      <div role="status">{done ? <p className="notice notice-success">{done}</p> : null}</div>
      {error ? (
        <div role="alert" className="notice notice-error">
          <p>{error}</p>
        </div>
      ) : null}
      {followUp.state === 'offered' || followUp.state === 'accepted' || followUp.state === 'declined' ? (
        <>
          <p>
            Votre consultant·e vous propose un entretien de suivi quelques mois après la fin du bilan, pour faire le
            point sur votre projet et votre plan d’action. Il est gratuit et sans obligation.
          </p>
          {followUp.state === 'accepted' ? (
            <p>
              <strong>Vous avez accepté.</strong> La date sera fixée à la fin du bilan.
            </p>
          ) : null}
          {followUp.state === 'declined' ? (
            <p>
              <strong>Vous avez décliné.</strong> Vous pouvez changer d’avis tant que le bilan n’est pas terminé.
            </p>
          ) : null}
          <div className="form-actions">
            {followUp.state !== 'accepted' ? (
              <button type="button" className="button primary" onClick={() => void answer('accepted')}>
                Oui, je souhaite un entretien de suivi
              </button>
            ) : null}
            {followUp.state !== 'declined' ? (
              <button type="button" className="button secondary" onClick={() => void answer('declined')}>
                Non merci
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {followUp.state === 'planned' && followUp.dueOn ? (
        <p>
          Votre entretien de suivi est prévu vers le {formatDate(followUp.dueOn)}. Votre consultant·e vous proposera un
          rendez-vous.
        </p>
      ) : null}
      {followUp.state === 'held' && followUp.outcome ? (
        <p>
          Entretien de suivi réalisé{followUp.heldOn ? ` le ${formatDate(followUp.heldOn)}` : ''} :{' '}
          {FOLLOW_UP_OUTCOME_LABELS[followUp.outcome].toLowerCase()}.
        </p>
      ) : null}
      {followUp.state === 'missed' ? (
        <p>L’entretien de suivi n’a pas pu avoir lieu. Vous pouvez toujours contacter votre consultant·e.</p>
      ) : null}
    </section>
  );
}
