import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { PasswordResetConfirmSchema } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../contracts/endpoints.ts';
import { Page } from '../../ui/Page.tsx';
import { Form, TextField, useSubmit } from '../../ui/Form.tsx';
import { HOME_BY_ROLE, useSetSession } from '../../ui/session.ts';

const LABELS = { password: 'Nouveau mot de passe', confirmation: 'Confirmez le nouveau mot de passe' };

const Schema = PasswordResetConfirmSchema.extend({ confirmation: z.string() }).refine(
  (v) => v.password === v.confirmation,
  {
    path: ['confirmation'],
    message: 'Les deux mots de passe ne sont pas identiques.',
  },
);

export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const [values, setValues] = useState({ password: '', confirmation: '' });
  const navigate = useNavigate();
  const setSession = useSetSession();
  const { errors, pending, submit } = useSubmit(
    Schema,
    ({ token: t, password }) => call(accountEndpoints.resetPassword, { body: { token: t, password } }),
    ({ user }) => {
      setSession(user);
      navigate(HOME_BY_ROLE[user.role], { replace: true });
    },
  );
  return (
    <Page title="Choisir un nouveau mot de passe">
      <Form
        onSubmit={() => void submit({ token, ...values })}
        errors={errors}
        labels={LABELS}
        submitLabel="Enregistrer le mot de passe"
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
          hint="Au moins 12 caractères."
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
      <p>
        <Link to="/mot-de-passe-oublie">Demander un nouveau lien</Link>
      </p>
    </Page>
  );
}
