/**
 * The web app: the frame (`Layout`) and the pages of every capability (`screens.ts`), each behind
 * the roles that may open it. Pages outside the sign-in path load on first visit (`lazyPage`).
 * Toasts (`useToast`) are available on every page.
 */
import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Navigate, Route, Routes, matchRoutes, useLocation } from 'react-router';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../../accounts/contracts/endpoints.ts';
import { accountKeys } from '../../accounts/web/query-keys.ts';
import { Layout } from './Layout.tsx';
import { RequireAnyRole, RequireRole } from '../../ui/Guard.tsx';
import { LoadError, Loading } from '../../ui/Feedback.tsx';
import { ToastProvider } from '../../ui/Toast.tsx';
import { HOME_BY_ROLE, useSession } from '../../ui/session.ts';
import type { Screen } from '../../ui/screens.ts';
import { NotFoundPage } from './not-found.tsx';
import { SCREENS } from './screens.ts';

/** "/" sends people where they belong: set-up on an empty installation, their home, or login. */
function Entry() {
  const setup = useQuery({ queryKey: accountKeys.setup, queryFn: () => call(accountEndpoints.setupStatus) });
  const session = useSession();
  if (setup.isPending || session.isPending) return <Loading />;
  if (setup.isError) return <LoadError error={setup.error} />;
  if (setup.data.required) return <Navigate to="/installation" replace />;
  if (session.data) return <Navigate to={HOME_BY_ROLE[session.data.role]} replace />;
  return <Navigate to="/connexion" replace />;
}

function element({ roles, page: Page }: Screen) {
  if (!roles) return <Page />;
  if (roles.length === 1 && roles[0])
    return (
      <RequireRole role={roles[0]}>
        <Page />
      </RequireRole>
    );
  return (
    <RequireAnyRole roles={roles}>
      <Page />
    </RequireAnyRole>
  );
}

const PAGES = SCREENS.flatMap((screens) => screens.pages);
const ROUTES = PAGES.map((screen) => ({ path: screen.path, screen }));

/**
 * On every address, the page's chunk and what it declares it needs (`Screen.prefetch`) start at
 * once, in parallel with the session check and with each other, instead of one after the other.
 */
function usePrefetchRoute() {
  const { pathname } = useLocation();
  useEffect(() => {
    const match = matchRoutes(ROUTES, pathname)?.[0];
    if (!match) return;
    const { screen } = match.route;
    if ('preload' in screen.page && typeof screen.page.preload === 'function') void screen.page.preload();
    screen.prefetch?.(match.params);
  }, [pathname]);
}

export function App() {
  usePrefetchRoute();
  return (
    <ToastProvider>
      <Layout>
        <Routes>
          <Route path="/" element={<Entry />} />
          {PAGES.map((screen) => (
            <Route key={screen.path} path={screen.path} element={element(screen)} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Layout>
    </ToastProvider>
  );
}
