/**
 * The frame of every page: skip link, banner with navigation, main content, footer.
 * On each route change, focus moves to the page's h1 (RGAA 12.x, and the SPA's duty).
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '../../accounts/contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../../accounts/contracts/endpoints.ts';
import { useSession, useSetSession } from '../../ui/session.ts';
import { forgetDraftsOf } from '../../ui/drafts.ts';
import { PAGE_HEADING_ID } from '../../ui/Page.tsx';
import type { Role } from '../../accounts/domain/users.ts';
import { SCREENS } from './screens.ts';
import { OrganisationBrand } from '../../organisation/web/brand.tsx';

/** The main navigation of each role, from every capability's entries (`screens.ts`). */
const NAV_ENTRIES = SCREENS.flatMap((screens) => screens.nav ?? []).sort((a, b) => a.order - b.order);
const navFor = (role: Role) => NAV_ENTRIES.filter((entry) => entry.roles.includes(role));

function useFocusHeadingOnNavigation() {
  const location = useLocation();
  const previous = useRef<string | null>(null);
  useEffect(() => {
    // "/" only redirects to the right page: it is not a page the person saw.
    if (location.pathname === '/') return;
    const from = previous.current;
    previous.current = location.pathname;
    // Not on the first page shown: the keyboard then starts from the top, at the skip link.
    if (from === null || from === location.pathname) return;
    // After the new page has rendered its heading: a page loaded on first visit (App's lazy
    // pages) shows it a little later, so look for it on each frame for up to about 3 seconds.
    let frame = 0;
    let tries = 0;
    const focusHeading = () => {
      const heading = document.getElementById(PAGE_HEADING_ID);
      if (heading) heading.focus();
      else if ((tries += 1) < 180) frame = requestAnimationFrame(focusHeading);
    };
    frame = requestAnimationFrame(focusHeading);
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);
}

export function Layout({ children }: { children: ReactNode }) {
  useFocusHeadingOnNavigation();
  const { data: user } = useSession();
  const setSession = useSetSession();
  const navigate = useNavigate();
  const links = user ? navFor(user.role) : [];

  const logout = async () => {
    await call(accountEndpoints.logout).catch(() => undefined);
    // Nothing the person typed stays on this browser for the next one.
    if (user) forgetDraftsOf(user.id);
    setSession(null);
    navigate('/connexion', { state: { loggedOut: true } });
  };

  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <p className="brand">
            <a href="/" aria-label="Sillage, accueil">
              Sillage
            </a>
            {user ? <OrganisationBrand organisation={user.organisation} /> : null}
          </p>
          {user ? (
            <div className="account">
              <p className="account-name">
                {user.firstName} {user.lastName}
                <span className="account-role"> · {ROLE_LABELS[user.role]}</span>
              </p>
              <button type="button" className="button link-like" onClick={() => void logout()}>
                Se déconnecter
              </button>
            </div>
          ) : null}
        </div>
        {links.length > 0 ? (
          <nav aria-label="Navigation principale" className="main-nav">
            <ul className="container">
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} end={link.end ?? false}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="contenu" tabIndex={-1} className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            Sillage — logiciel libre de suivi des bilans de compétences. Les contenus d’un bilan ne sont visibles que
            par la ou le bénéficiaire et son ou sa consultant·e.
          </p>
        </div>
      </footer>
    </>
  );
}
