import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoginInputSchema } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../contracts/endpoints.ts';
import { Page } from '../../ui/Page.tsx';
import { Form, TextField, useSubmit } from '../../ui/Form.tsx';
import { Notice } from '../../ui/Feedback.tsx';
import { HOME_BY_ROLE, useSession, useSetSession } from '../../ui/session.ts';

const LABELS = { email: 'Adresse e-mail', password: 'Mot de passe' };

/** Only same-site paths are followed after login. */
function safeReturn(path: string | null): string | null {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
}

export function LoginPage() {
  const [values, setValues] = useState({ email: '', password: '' });
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const { errors, pending, submit } = useSubmit(
    LoginInputSchema,
    (data) => call(accountEndpoints.login, { body: data }),
    ({ user }) => {
      setSession(user);
      navigate(safeReturn(params.get('retour')) ?? HOME_BY_ROLE[user.role], { replace: true });
    },
  );
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut;
  const session = useSession();
  // Already signed in (another tab, the back button): go home rather than sign in twice.
  if (session.data && !pending) return <Navigate to={HOME_BY_ROLE[session.data.role]} replace />;
  return (
    <Page title="Connexion">
      {loggedOut ? (
        <Notice tone="success">
          <p>Vous êtes déconnecté·e.</p>
        </Notice>
      ) : null}
      <Form
        onSubmit={() => void submit(values)}
        errors={errors}
        labels={LABELS}
        submitLabel="Se connecter"
        pending={pending}
        note={null}
      >
        <TextField
          name="email"
          type="email"
          label={LABELS.email}
          value={values.email}
          onChange={(email) => setValues((v) => ({ ...v, email }))}
          error={errors?.fields.email}
          autoComplete="username"
          spellCheck={false}
        />
        <TextField
          name="password"
          type="password"
          label={LABELS.password}
          value={values.password}
          onChange={(password) => setValues((v) => ({ ...v, password }))}
          error={errors?.fields.password}
          autoComplete="current-password"
        />
      </Form>
      <p>
        <Link to="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
      </p>
      <p className="muted">
        Pas encore de compte ? Votre organisme ou votre consultant·e vous envoie une invitation par courriel.
      </p>
    </Page>
  );
}
