/**
 * The warning of a trial installation (no e-mail server; decision 026), on the admin's pages:
 * messages are not sent, and whoever has admin access can read the personal links they carry.
 */
import { useQuery } from '@tanstack/react-query';
import { call } from '../../ui/api.ts';
import { Notice } from '../../ui/Feedback.tsx';
import { emailEndpoints } from '../contracts/endpoints.ts';
import { emailKeys } from './query-keys.ts';

export function useEmailDelivery() {
  return useQuery({ queryKey: emailKeys.delivery, queryFn: () => call(emailEndpoints.delivery), staleTime: 300_000 });
}

export function EmailTrialNotice() {
  const delivery = useEmailDelivery();
  if (delivery.data?.delivery !== 'outbox') return null;
  return (
    <Notice tone="warning">
      <p>
        <strong>Les courriels ne sont pas envoyés :</strong> aucun serveur d’envoi de courriels n’est configuré pour ce
        Sillage. Les messages restent dans la page « Courriels », où toute personne ayant un accès administrateur peut
        lire les liens personnels qu’ils contiennent (invitations, signature de l’employeur, regard des autres,
        évaluations). Chaque lecture d’un de ces messages est enregistrée dans le journal. En attendant, transmettez
        vous-même à chaque destinataire le lien qui lui est destiné, et à lui seul.
      </p>
      <p>
        Avant d’accueillir des bénéficiaires, demandez à la personne qui a installé Sillage de configurer un serveur
        d’envoi de courriels.
      </p>
    </Notice>
  );
}
