/**
 * Links between the sections of a page, the current one marked with aria-current="page". Same
 * shape as the design system's coming `src/ui/SectionNav.tsx` (`SectionNav({ label, items })`),
 * which replaces it at merge. The links wrap onto several lines on a phone: nothing scrolls sideways.
 */
import { Link, useLocation } from 'react-router';
import './dossier.css';

export interface SectionNavItem {
  to: string;
  label: string;
  /** A short count or state shown after the label, e.g. « 1 à signer ». */
  badge?: string | undefined;
}

export function SectionNav({ label, items }: { label: string; items: SectionNavItem[] }) {
  const { pathname } = useLocation();
  const current = pathname.replace(/\/+$/, '');
  return (
    <nav className="section-nav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={item.to === current ? 'page' : undefined}>
              {item.label}
              {item.badge ? <span className="section-nav-badge"> {item.badge}</span> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
