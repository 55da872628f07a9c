import { useEffect, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { LoginInputSchema, type LoginResult, type OrganisationChoice } from '../contracts/schemas.ts';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../contracts/endpoints.ts';
import { PAGE_HEADING_ID, Page, useReportPageErrors } from '../../ui/Page.tsx';
import { ErrorSummary, Form, TextField, useSubmit, type FormErrors } from '../../ui/Form.tsx';
import { Notice } from '../../ui/Feedback.tsx';
import { HOME_BY_ROLE, useSession, useSetSession } from '../../ui/session.ts';

const LABELS = { email: 'Adresse e-mail', password: 'Mot de passe' };

/** Only same-site paths are followed after login. */
function safeReturn(path: string | null): string | null {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : null;
}

/** The errors of the second step (no form there): summarised, and marked in the page title. */
function ChoiceErrors({ errors }: { errors: FormErrors }) {
  const report = useReportPageErrors();
  useEffect(() => {
    report(true);
    return () => report(false);
  }, [report]);
  return <ErrorSummary errors={errors} labels={LABELS} />;
}

export function LoginPage() {
  const [values, setValues] = useState({ email: '', password: '' });
  // Set when the e-mail and password open accounts in several organisations (decision 027).
  const [choices, setChoices] = useState<OrganisationChoice[] | null>(null);
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const setSession = useSetSession();
  const signedIn = (result: LoginResult) => {
    if (result.user === null) {
      setChoices(result.organisations);
      return;
    }
    setSession(result.user);
    navigate(safeReturn(params.get('retour')) ?? HOME_BY_ROLE[result.user.role], { replace: true });
  };
  const login = (data: typeof values & { organisationId?: string }) => call(accountEndpoints.login, { body: data });
  const first = useSubmit(LoginInputSchema, login, signedIn);
  const second = useSubmit(LoginInputSchema, login, signedIn);
  const pending = first.pending || second.pending;
  // The page changes its title between the two steps: the new heading takes the focus.
  useEffect(() => {
    if (choices) document.getElementById(PAGE_HEADING_ID)?.focus();
  }, [choices]);
  const loggedOut = (location.state as { loggedOut?: boolean } | null)?.loggedOut;
  const session = useSession();
  // Already signed in (another tab, the back button): go home rather than sign in twice.
  if (session.data && !pending) return <Navigate to={HOME_BY_ROLE[session.data.role]} replace />;

  if (choices) {
    return (
      <Page
        title="Choisir votre organisme"
        intro={
          <p>
            Votre adresse e-mail et votre mot de passe ouvrent un compte chez plusieurs organismes. Chez lequel
            voulez-vous vous connecter ?
          </p>
        }
      >
        {second.errors ? <ChoiceErrors errors={second.errors} /> : null}
        <ul className="organisation-choices">
          {choices.map((organisation) => (
            <li key={organisation.id}>
              <button
                type="button"
                className="button primary"
                aria-disabled={pending || undefined}
                onClick={() => void second.submit({ ...values, organisationId: organisation.id })}
              >
                Se connecter chez {organisation.name}
              </button>
            </li>
          ))}
        </ul>
        {second.pending ? (
          <p role="status" className="pending">
            Connexion en cours…
          </p>
        ) : (
          <p role="status" className="visually-hidden" />
        )}
        <p>
          <button
            type="button"
            className="button link-like"
            onClick={() => {
              setChoices(null);
              second.setErrors(null);
              setValues((v) => ({ ...v, password: '' }));
            }}
          >
            Revenir à la connexion
          </button>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Connexion">
      {loggedOut ? (
        <Notice tone="success">
          <p>Vous êtes déconnecté·e.</p>
        </Notice>
      ) : null}
      <Form
        onSubmit={() => void first.submit(values)}
        errors={first.errors}
        labels={LABELS}
        submitLabel="Se connecter"
        pending={first.pending}
        note={null}
      >
        <TextField
          name="email"
          type="email"
          label={LABELS.email}
          value={values.email}
          onChange={(email) => setValues((v) => ({ ...v, email }))}
          error={first.errors?.fields.email}
          autoComplete="username"
          spellCheck={false}
        />
        <TextField
          name="password"
          type="password"
          label={LABELS.password}
          value={values.password}
          onChange={(password) => setValues((v) => ({ ...v, password }))}
          error={first.errors?.fields.password}
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
