import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { Users } from 'lucide-react';
import { InvitePersonSchema, type ConsultantView } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../contracts/endpoints.ts';
import { accountKeys } from './query-keys.ts';
import { emailKeys } from '../../email/web/query-keys.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { fieldsOf, Form, TextField, useSubmit } from '../../ui/Form.tsx';
import { LoadError, Loading, Notice } from '../../ui/Feedback.tsx';
import { ResponsiveTable } from '../../ui/TableRegion.tsx';
import { EmptyState } from '../../ui/Card.tsx';
// ROME catalogue (issue 4)
import { CatalogueAdminNotice } from '../../catalog/web/catalogue-state.tsx';
import { AdminQualiopiWarning } from '../../organisation/web/qualiopi-notice.tsx';
import { EmailTrialNotice } from '../../email/web/trial-notice.tsx';
import { AdminBpfReminder } from '../../bpf/web/bpf-reminder.tsx';

const LABELS = { firstName: 'Prénom', lastName: 'Nom', email: 'Adresse e-mail' };

function accountState(c: ConsultantView): string {
  if (c.status === 'active') return 'Compte actif';
  if (c.status === 'disabled') return 'Compte désactivé';
  if (c.invitation.state === 'pending' && c.invitation.expiresAt)
    return `Invitation envoyée, valable jusqu’au ${formatDateTime(c.invitation.expiresAt)}`;
  return 'Invitation expirée ou annulée : renvoyez-la depuis « Invitations en attente »';
}

export function AdminTeamPage() {
  const location = useLocation();
  const client = useQueryClient();
  const consultants = useQuery({
    queryKey: accountKeys.consultants,
    queryFn: async () => (await call(accountEndpoints.consultants)).consultants,
  });
  const empty = { firstName: '', lastName: '', email: '' };
  const [values, setValues] = useState(empty);
  const [invited, setInvited] = useState<string | null>(null);
  const { errors, pending, submit } = useSubmit(
    InvitePersonSchema,
    (data) => call(accountEndpoints.inviteConsultant, { body: data }),
    () => {
      setInvited(`${values.firstName} ${values.lastName}`);
      setValues(empty);
      // The new consultant, their pending invitation and its e-mail in the outbox.
      void client.invalidateQueries({ queryKey: accountKeys.consultants });
      void client.invalidateQueries({ queryKey: accountKeys.pendingInvitations });
      void client.invalidateQueries({ queryKey: emailKeys.outbox });
    },
  );
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome;
  const field = fieldsOf(values, setValues, LABELS, errors);

  return (
    <Page title="Équipe de consultant·es">
      <EmailTrialNotice />
      <AdminQualiopiWarning />
      <AdminBpfReminder />
      {welcome ? (
        <Notice tone="success">
          <p>
            Votre espace est créé. Commencez par inviter vos consultant·es : ils et elles recevront un lien pour activer
            leur compte.
          </p>
        </Notice>
      ) : null}
      <CatalogueAdminNotice />
      <section aria-labelledby="liste-consultants">
        <h2 id="liste-consultants">Consultant·es</h2>
        {consultants.isPending ? (
          <Loading />
        ) : consultants.isError ? (
          <LoadError error={consultants.error} />
        ) : (
          <ResponsiveTable
            caption="Consultant·es de l’organisme, état du compte et bilans en cours"
            rows={consultants.data}
            rowKey={(c) => c.id}
            empty={
              <EmptyState headingLevel={3} title="Aucun·e consultant·e pour le moment" icon={Users}>
                <p>Invitez votre premier ou première consultant·e avec le formulaire « Inviter un·e consultant·e ».</p>
              </EmptyState>
            }
            columns={[
              {
                header: 'Nom',
                cell: (c) => (
                  <>
                    {c.firstName} {c.lastName}
                  </>
                ),
              },
              { header: 'Adresse e-mail', cell: (c) => <span className="break-anywhere">{c.email}</span> },
              { header: 'État du compte', cell: (c) => accountState(c) },
              { header: 'Bilans en cours', cell: (c) => c.openBilans },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="inviter">
        <h2 id="inviter">Inviter un·e consultant·e</h2>
        <p>
          La personne reçoit un courriel avec un lien, valable 7 jours et utilisable une seule fois, pour choisir son
          mot de passe.
        </p>
        {invited ? (
          <Notice tone="success">
            <p>Invitation envoyée à {invited}.</p>
          </Notice>
        ) : null}
        <Form
          onSubmit={() => void submit(values)}
          errors={errors}
          labels={LABELS}
          submitLabel="Envoyer l’invitation"
          pending={pending}
        >
          <TextField {...field('firstName')} autoComplete="off" />
          <TextField {...field('lastName')} autoComplete="off" />
          <TextField {...field('email')} type="email" autoComplete="off" spellCheck={false} />
        </Form>
      </section>
    </Page>
  );
}
