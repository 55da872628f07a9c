/**
 * Tabs for sections that have their own address (the dossier's Vue d'ensemble, Séances, Travaux…):
 * links, not ARIA tabs, so each section can be bookmarked, opened in a new tab and reached with
 * the browser's back button; the current one carries aria-current="page" (React Router's NavLink).
 *
 *   <SectionNav label="Sections du dossier" items={[{ to: base, label: 'Vue d’ensemble', end: true },
 *     { to: `${base}/travaux`, label: 'Travaux', badge: 2 }]} />
 *
 * `badge` is a short count or word read with the label (« Travaux 2 »); `end` marks the link as
 * current only on its exact address (give it to the section whose address prefixes the others).
 */
import { NavLink } from 'react-router';

export interface SectionNavItem {
  to: string;
  label: string;
  badge?: string | number;
  end?: boolean;
}

export function SectionNav({ label, items }: { label: string; items: SectionNavItem[] }) {
  return (
    <nav aria-label={label} className="section-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end ?? false}>
              {item.label}
              {item.badge !== undefined && item.badge !== '' ? (
                <span className="section-nav-badge">
                  <span className="visually-hidden"> (</span>
                  {item.badge}
                  <span className="visually-hidden">)</span>
                </span>
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
