import { useState } from 'react';
import { Link } from 'react-router';
import { PasswordResetRequestSchema } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../contracts/endpoints.ts';
import { Page } from '../../ui/Page.tsx';
import { Form, TextField, useSubmit } from '../../ui/Form.tsx';
import { Notice } from '../../ui/Feedback.tsx';

const LABELS = { email: 'Adresse e-mail de votre compte' };

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const { errors, pending, submit } = useSubmit(
    PasswordResetRequestSchema,
    (data) => call(accountEndpoints.requestPasswordReset, { body: data }),
    () => setSent(true),
  );
  return (
    <Page title="Mot de passe oublié">
      {sent ? (
        <Notice tone="success">
          <p>
            Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé avec un lien pour
            choisir un nouveau mot de passe. Ce lien est valable une heure.
          </p>
        </Notice>
      ) : (
        <>
          <p>
            Indiquez l’adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de
            passe.
          </p>
          <Form
            onSubmit={() => void submit({ email })}
            errors={errors}
            labels={LABELS}
            submitLabel="Recevoir le lien"
            pending={pending}
            note={null}
          >
            <TextField
              name="email"
              type="email"
              label={LABELS.email}
              value={email}
              onChange={setEmail}
              error={errors?.fields.email}
              autoComplete="email"
              spellCheck={false}
            />
          </Form>
        </>
      )}
      <p>
        <Link to="/connexion">Retour à la connexion</Link>
      </p>
    </Page>
  );
}
