import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { AcceptInvitationSchema } from '../contracts/schemas.ts';
import { ROLE_LABELS } from '../contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../contracts/endpoints.ts';
import { accountKeys } from './query-keys.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Form, TextField, useSubmit } from '../../ui/Form.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { HOME_BY_ROLE, useSetSession } from '../../ui/session.ts';

/** « en tant que consultant·e », « en tant qu’administrateur·rice ». */
const asRole = (label: string) => (/^[aeiou]/.test(label) ? `qu’${label}` : `que ${label}`);

const LABELS = { password: 'Choisissez votre mot de passe', confirmation: 'Confirmez votre mot de passe' };
const Schema = AcceptInvitationSchema.extend({ confirmation: z.string() }).refine(
  (v) => v.password === v.confirmation,
  {
    path: ['confirmation'],
    message: 'Les deux mots de passe ne sont pas identiques.',
  },
);

export function InvitationPage() {
  const { token = '' } = useParams();
  const invitation = useQuery({
    queryKey: accountKeys.invitation(token),
    queryFn: async () => (await call(accountEndpoints.invitation, { params: { token } })).invitation,
  });
  const [values, setValues] = useState({ password: '', confirmation: '' });
  const navigate = useNavigate();
  const setSession = useSetSession();
  const { errors, pending, submit } = useSubmit(
    Schema,
    ({ password }) => call(accountEndpoints.acceptInvitation, { params: { token }, body: { password } }),
    ({ user }) => {
      setSession(user);
      navigate(HOME_BY_ROLE[user.role], { replace: true, state: { welcome: true } });
    },
  );

  if (invitation.isPending)
    return (
      <Page title="Activer votre compte">
        <Loading />
      </Page>
    );
  if (invitation.isError) {
    return (
      <Page title="Invitation indisponible">
        <LoadError error={invitation.error} />
        <p>
          <Link to="/connexion">Aller à la page de connexion</Link>
        </p>
      </Page>
    );
  }
  const inv = invitation.data;
  return (
    <Page
      title="Activer votre compte"
      intro={
        <>
          <p>
            Bonjour {inv.firstName}, {inv.inviterName ? `${inv.inviterName} vous invite` : 'vous êtes invité·e'} à
            rejoindre <strong>{inv.organisationName}</strong> sur Sillage en tant{' '}
            {asRole(ROLE_LABELS[inv.role].toLowerCase())}.
          </p>
          <p>
            Votre identifiant sera votre adresse e-mail : <strong>{inv.email}</strong>. Cette invitation expire le{' '}
            {formatDateTime(inv.expiresAt)}.
          </p>
        </>
      }
    >
      <Form
        onSubmit={() => void submit(values)}
        errors={errors}
        labels={LABELS}
        submitLabel="Activer mon compte"
        pending={pending}
      >
        <TextField
          name="password"
          type="password"
          label={LABELS.password}
          value={values.password}
          onChange={(password) => setValues((v) => ({ ...v, password }))}
          error={errors?.fields.password}
          autoComplete="new-password"
          hint="Au moins 12 caractères. Une phrase facile à retenir fait un bon mot de passe."
        />
        <TextField
          name="confirmation"
          type="password"
          label={LABELS.confirmation}
          value={values.confirmation}
          onChange={(confirmation) => setValues((v) => ({ ...v, confirmation }))}
          error={errors?.fields.confirmation}
          autoComplete="new-password"
        />
      </Form>
    </Page>
  );
}
