import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate } from 'react-router';
import { SetupInputSchema } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../contracts/endpoints.ts';
import { accountKeys } from './query-keys.ts';
import { Page } from '../../ui/Page.tsx';
import { fieldsOf, Form, TextField, useSubmit } from '../../ui/Form.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { useSetSession } from '../../ui/session.ts';

const LABELS = {
  organisationName: 'Nom de l’organisme',
  firstName: 'Votre prénom',
  lastName: 'Votre nom',
  email: 'Votre adresse e-mail',
  password: 'Mot de passe',
};

export function SetupPage() {
  const status = useQuery({ queryKey: accountKeys.setup, queryFn: () => call(accountEndpoints.setupStatus) });
  const [values, setValues] = useState({ organisationName: '', firstName: '', lastName: '', email: '', password: '' });
  const setSession = useSetSession();
  const client = useQueryClient();
  const navigate = useNavigate();
  const { errors, pending, submit } = useSubmit(
    SetupInputSchema,
    (data) => call(accountEndpoints.setup, { body: data }),
    ({ user }) => {
      setSession(user);
      client.setQueryData(accountKeys.setup, { required: false });
      navigate('/admin', { state: { welcome: true } });
    },
  );
  const field = fieldsOf(values, setValues, LABELS, errors);

  if (status.isPending)
    return (
      <Page title="Installation de Sillage">
        <Loading />
      </Page>
    );
  if (status.isError)
    return (
      <Page title="Installation de Sillage">
        <LoadError error={status.error} />
      </Page>
    );
  // Already installed (or just now): "/" sends the person to their home or to the login page.
  if (!status.data.required) return <Navigate to="/" replace />;

  return (
    <Page
      title="Installation de Sillage"
      intro={
        <p>
          Bienvenue. Créez l’espace de votre organisme et votre compte d’administrateur·rice. Vous pourrez ensuite
          inviter vos consultant·es.
        </p>
      }
    >
      <Form
        onSubmit={() => void submit(values)}
        errors={errors}
        labels={LABELS}
        submitLabel="Créer l’espace"
        pending={pending}
      >
        <fieldset>
          <legend>Votre organisme</legend>
          <TextField
            {...field('organisationName')}
            autoComplete="organization"
            hint="Tel qu’il apparaîtra à vos bénéficiaires, par exemple « Cap Avenir Conseil »."
          />
        </fieldset>
        <fieldset>
          <legend>Votre compte d’administrateur·rice</legend>
          <TextField {...field('firstName')} autoComplete="given-name" />
          <TextField {...field('lastName')} autoComplete="family-name" />
          <TextField
            {...field('email')}
            type="email"
            autoComplete="email"
            spellCheck={false}
            hint="Elle vous servira d’identifiant."
          />
          <TextField
            {...field('password')}
            type="password"
            autoComplete="new-password"
            hint="Au moins 12 caractères. Une phrase facile à retenir fait un bon mot de passe."
          />
        </fieldset>
      </Form>
      <p>
        Sillage est déjà installé ? <Link to="/connexion">Se connecter</Link>
      </p>
    </Page>
  );
}
