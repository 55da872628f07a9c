/**
 * The app shell (decision 032): skip link; a top bar with the organisation (its mark and name),
 * the person and « Se déconnecter »; the main navigation, from every capability's entries
 * (`screens.ts`): on the left for staff on wide screens, under the top bar for beneficiaries,
 * folded behind a « Menu » button on a phone (≤ 48rem); the page; a footer.
 * On each route change, focus moves to the page's h1 (RGAA 12.x, and the SPA's duty).
 */
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { LogOut, Menu, X } from 'lucide-react';
import { ROLE_LABELS } from '../../accounts/contracts/labels.ts';
import { call } from '../../ui/api.ts';
import { accountEndpoints } from '../../accounts/contracts/endpoints.ts';
import { useSession, useSetSession } from '../../ui/session.ts';
import { forgetDraftsOf } from '../../ui/drafts.ts';
import { PAGE_HEADING_ID } from '../../ui/Page.tsx';
import type { Role } from '../../accounts/domain/users.ts';
import type { NavEntry } from '../../ui/screens.ts';
import { SCREENS } from './screens.ts';
import { OrganisationLogo, useRootBrandColours } from '../../organisation/web/brand.tsx';

/** The main navigation of each role, from every capability's entries (`screens.ts`). */
const NAV_ENTRIES = SCREENS.flatMap((screens) => screens.nav ?? []).sort((a, b) => a.order - b.order);
const navFor = (role: Role) => NAV_ENTRIES.filter((entry) => entry.roles.includes(role));
const STAFF: Role[] = ['admin', 'consultant'];
const NAV_ID = 'navigation-principale';

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

/**
 * The phone menu: open only on the page where it was opened, so any navigation closes it; the
 * first link takes focus when it opens; Escape closes it and gives focus back to the button.
 */
function useMenu() {
  const location = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === location.pathname;
  const button = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    if (open) nav.current?.querySelector<HTMLElement>('a')?.focus();
  }, [open]);
  const close = () => {
    setOpenOn(null);
    button.current?.focus();
  };
  return {
    open,
    button,
    nav,
    toggle: () => (open ? setOpenOn(null) : setOpenOn(location.pathname)),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) {
        event.preventDefault();
        close();
      }
    },
  };
}

const initials = (...words: string[]) =>
  words
    .map((word) => word.trim()[0] ?? '')
    .join('')
    .toUpperCase();

/**
 * The organisation's mark beside its name. Slot for its logo: when the session carries
 * `organisation.logoUrl`, render `<img src={logoUrl} alt="" />` inside this span (the name next
 * to it already names the link). Until then, its initial on the accent colour.
 */
function OrganisationMark({ name }: { name: string }) {
  return (
    <span className="org-mark" aria-hidden="true">
      {initials(name.replace(/^(l’|l'|la |le |les )/i, '')).slice(0, 1)}
    </span>
  );
}

function NavLinks({ links }: { links: NavEntry[] }) {
  const { pathname } = useLocation();
  return (
    <ul>
      {links.map(({ to, label, end, current, icon: Icon }) => {
        const content = (
          <>
            {Icon ? <Icon aria-hidden="true" className="nav-icon" /> : null}
            {label}
          </>
        );
        return (
          <li key={to}>
            {current ? (
              <Link to={to} aria-current={current.test(pathname) ? 'page' : undefined}>
                {content}
              </Link>
            ) : (
              <NavLink to={to} end={end ?? false}>
                {content}
              </NavLink>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  useFocusHeadingOnNavigation();
  const { data: user } = useSession();
  // The organisation's accent colour replaces the design system's accent (decision 036).
  useRootBrandColours(user?.organisation.accentColour);
  const setSession = useSetSession();
  const navigate = useNavigate();
  const menu = useMenu();
  const links = user ? navFor(user.role) : [];
  const staff = user ? STAFF.includes(user.role) : false;
  const hasNav = links.length > 0;

  const logout = async () => {
    await call(accountEndpoints.logout).catch(() => undefined);
    // Nothing the person typed stays on this browser for the next one.
    if (user) forgetDraftsOf(user.id);
    setSession(null);
    navigate('/connexion', { state: { loggedOut: true } });
  };

  const nav = hasNav ? (
    <nav
      id={NAV_ID}
      ref={menu.nav}
      aria-label="Navigation principale"
      className={`${staff ? 'side-nav' : 'main-nav'}${menu.open ? ' is-open' : ''}`}
      onKeyDown={menu.onKeyDown}
    >
      {staff ? (
        <NavLinks links={links} />
      ) : (
        <div className="container">
          <NavLinks links={links} />
        </div>
      )}
    </nav>
  ) : null;

  return (
    <div className={`shell ${staff ? 'shell-staff shell-wide' : 'shell-simple'}`}>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <div className="header-start">
            {hasNav ? (
              <button
                type="button"
                ref={menu.button}
                className="button secondary small menu-button"
                aria-expanded={menu.open}
                aria-controls={NAV_ID}
                onClick={menu.toggle}
                onKeyDown={menu.onKeyDown}
              >
                {menu.open ? <X aria-hidden="true" /> : <Menu aria-hidden="true" />}
                Menu
              </button>
            ) : null}
            <p className="brand">
              {user ? (
                <Link to="/">
                  {user.organisation.logoUrl ? (
                    <OrganisationLogo url={user.organisation.logoUrl} name={user.organisation.name} />
                  ) : (
                    <OrganisationMark name={user.organisation.name} />
                  )}
                  <span className="brand-name">{user.organisation.name}</span>
                  <span className="visually-hidden">, accueil</span>
                </Link>
              ) : (
                <a href="/" aria-label="Sillage, accueil">
                  Sillage
                </a>
              )}
            </p>
          </div>
          {user ? (
            <div className="account">
              <p className="account-name">
                <span className="avatar" aria-hidden="true">
                  {initials(user.firstName, user.lastName)}
                </span>
                <span>
                  {user.firstName} {user.lastName}
                  <span className="account-role"> · {ROLE_LABELS[user.role]}</span>
                </span>
              </p>
              <button type="button" className="button quiet small" onClick={() => void logout()}>
                <LogOut aria-hidden="true" />
                Se déconnecter
              </button>
            </div>
          ) : null}
        </div>
        {staff ? null : nav}
      </header>
      <div className="shell-body">
        {staff ? nav : null}
        <main id="contenu" tabIndex={-1} className={staff ? undefined : 'container'}>
          {children}
        </main>
      </div>
      <footer className="site-footer">
        <div className="container footer-inner">
          <p>
            Sillage — logiciel libre de suivi des bilans de compétences. Les contenus d’un bilan ne sont visibles que
            par la ou le bénéficiaire et son ou sa consultant·e.
          </p>
          {staff ? (
            <p>
              <Link to="/composants">Composants de l’interface</Link>
            </p>
          ) : null}
        </div>
      </footer>
    </div>
  );
}
