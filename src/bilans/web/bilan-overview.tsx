/** The dossier overview's first cards: where the bilan stands and what is next, and the beneficiary. */
import type { BilanDetail } from '../contracts/schemas.ts';
import { Link } from 'react-router';
import { PHASE_LABELS, PHASE_PURPOSES_FOR_CONSULTANT, nextStepForConsultant } from '../contracts/labels.ts';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, call } from '../../ui/api.ts';
import { accountEndpoints } from '../../accounts/contracts/endpoints.ts';
import { formatDateTime } from '../../ui/format.ts';
import { isOpen } from '../domain/phases.ts';
import type { BilanSectionProps } from './section.ts';
import { bilanKeys } from './query-keys.ts';

export function SituationSection({ bilan: b }: { bilan: BilanDetail }) {
  const toPlan = isOpen(b.phase) && b.nextStep.code === 'plan_seance';
  return (
    <section aria-labelledby="situation" className="overview-card">
      <h2 id="situation">Où en est le bilan</h2>
      <p>
        <strong>{PHASE_LABELS[b.phase]}</strong>, depuis le {formatDateTime(b.phaseChangedAt)}.{' '}
        {PHASE_PURPOSES_FOR_CONSULTANT[b.phase]}
      </p>
      <dl className="facts">
        <div>
          <dt>Prochaine étape</dt>
          <dd>
            {nextStepForConsultant(b.nextStep)}
            {toPlan ? (
              <>
                {' '}
                (<Link to={`/consultant/bilans/${b.id}/seances`}>aller aux séances</Link>)
              </>
            ) : null}
          </dd>
        </div>
        {b.abandonReason ? (
          <div>
            <dt>Raison de l’abandon</dt>
            <dd>{b.abandonReason}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}

export function BeneficiarySection({ bilan: b, onChanged }: BilanSectionProps) {
  const client = useQueryClient();
  const resend = async (invitationId: string) => {
    try {
      await call(accountEndpoints.resendInvitation, { params: { id: invitationId } });
      onChanged('Une nouvelle invitation a été envoyée.');
    } catch (e) {
      onChanged(e instanceof ApiError ? e.message : 'L’invitation n’a pas pu être renvoyée.');
    }
    // The invitation's state shows on the bilan and decides the next step on the home.
    void client.invalidateQueries({ queryKey: bilanKeys.summary(b.id) });
    void client.invalidateQueries({ queryKey: bilanKeys.consultantHome });
  };
  return (
    <section aria-labelledby="beneficiaire" className="overview-card">
      <h2 id="beneficiaire">Bénéficiaire</h2>
      <dl className="facts">
        <div>
          <dt>Nom</dt>
          <dd>
            {b.beneficiary.firstName} {b.beneficiary.lastName}
          </dd>
        </div>
        <div>
          <dt>Adresse e-mail</dt>
          <dd>{b.beneficiary.email}</dd>
        </div>
        <div>
          <dt>Compte</dt>
          <dd>
            {b.beneficiary.accountActive
              ? 'Actif'
              : b.invitation.state === 'pending' && b.invitation.expiresAt
                ? `Invitation envoyée, valable jusqu’au ${formatDateTime(b.invitation.expiresAt)}`
                : 'Invitation expirée ou annulée'}
          </dd>
        </div>
      </dl>
      {!b.beneficiary.accountActive && b.invitation.id && isOpen(b.phase) ? (
        <button type="button" className="button secondary" onClick={() => void resend(b.invitation.id!)}>
          Renvoyer l’invitation
        </button>
      ) : null}
    </section>
  );
}
