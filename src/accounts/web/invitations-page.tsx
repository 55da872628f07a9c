import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { MailCheck } from 'lucide-react';
import type { PendingInvitationView } from '../contracts/schemas.ts';
import { ROLE_LABELS } from '../contracts/labels.ts';
import { ApiError, call } from '../../ui/api.ts';
import { accountEndpoints } from '../contracts/endpoints.ts';
import { accountKeys } from './query-keys.ts';
import { emailKeys } from '../../email/web/query-keys.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
import { EmailTrialNotice } from '../../email/web/trial-notice.tsx';

export function AdminInvitationsPage() {
  const client = useQueryClient();
  const invitations = useQuery({
    queryKey: accountKeys.pendingInvitations,
    queryFn: async () => (await call(accountEndpoints.pendingInvitations)).invitations,
  });
  const [message, setMessage] = useState<{ tone: 'success' | 'warning'; text: string } | null>(null);

  const act = async (invitation: PendingInvitationView, action: 'resend' | 'revoke') => {
    const name = `${invitation.firstName} ${invitation.lastName}`;
    try {
      await call(action === 'resend' ? accountEndpoints.resendInvitation : accountEndpoints.revokeInvitation, {
        params: { id: invitation.id },
      });
      setMessage({
        tone: 'success',
        text: action === 'resend' ? `Nouvelle invitation envoyée à ${name}.` : `Invitation de ${name} annulée.`,
      });
    } catch (error) {
      setMessage({ tone: 'warning', text: error instanceof ApiError ? error.message : 'L’action n’a pas abouti.' });
    }
    // The pending list, the team's invitation states and, for a new link, its e-mail in the outbox.
    await Promise.all([
      client.invalidateQueries({ queryKey: accountKeys.pendingInvitations }),
      client.invalidateQueries({ queryKey: accountKeys.consultants }),
      client.invalidateQueries({ queryKey: emailKeys.outbox }),
    ]);
  };

  return (
    <Page
      title="Invitations en attente"
      intro={
        <p>
          Les invitations de l’équipe (consultant·es, administrateur·rices) qui n’ont pas encore été acceptées. Un lien
          expire après 7 jours ; « Renvoyer » envoie un nouveau lien et désactive le précédent.
        </p>
      }
    >
      <EmailTrialNotice />
      {message ? (
        <Notice tone={message.tone}>
          <p>{message.text}</p>
        </Notice>
      ) : null}
      {invitations.isPending ? (
        <Loading />
      ) : invitations.isError ? (
        <LoadError error={invitations.error} />
      ) : (
        <ResponsiveTable
          caption="Invitations en attente, avec leur date d’expiration et les actions possibles"
          rows={invitations.data}
          rowKey={(inv) => inv.id}
          empty={
            <EmptyState
              title="Aucune invitation en attente"
              icon={MailCheck}
              action={
                <Link to="/admin" className="button secondary">
                  Inviter depuis la page Équipe
                </Link>
              }
            >
              <p>Les invitations envoyées et pas encore acceptées apparaissent ici, avec leur date d’expiration.</p>
            </EmptyState>
          }
          columns={[
            {
              header: 'Personne invitée',
              cell: (inv) => (
                <>
                  {inv.firstName} {inv.lastName}
                  <br />
                  <span className="muted break-anywhere">{inv.email}</span>
                </>
              ),
            },
            { header: 'Rôle', cell: (inv) => ROLE_LABELS[inv.role] },
            { header: 'Invitée par', cell: (inv) => inv.invitedBy ?? 'À la création de l’organisme' },
            {
              header: 'Expiration',
              cell: (inv) =>
                inv.cancelled ? (
                  <strong>Annulée</strong>
                ) : inv.expired ? (
                  <strong>Expirée le {formatDateTime(inv.expiresAt)}</strong>
                ) : (
                  formatDateTime(inv.expiresAt)
                ),
            },
            {
              header: 'Actions',
              isActions: true,
              cell: (inv) => (
                <div className="row-actions">
                  <button type="button" className="button secondary" onClick={() => void act(inv, 'resend')}>
                    Renvoyer
                    <span className="visually-hidden">
                      {' '}
                      l’invitation de {inv.firstName} {inv.lastName}
                    </span>
                  </button>
                  {!inv.cancelled && (
                    <button type="button" className="button secondary" onClick={() => void act(inv, 'revoke')}>
                      Annuler
                      <span className="visually-hidden">
                        {' '}
                        l’invitation de {inv.firstName} {inv.lastName}
                      </span>
                    </button>
                  )}
                </div>
              ),
            },
          ]}
        />
      )}
    </Page>
  );
}
