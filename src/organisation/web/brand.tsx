/**
 * The organisation's brand in the interface (decision 036): its accent colour becomes the design
 * system's `--brand` (and a darker `--brand-dark`), and its logo sits beside its name.
 *
 * - `OrganisationBrand`: the top bar's organisation, for its signed-in people (called by the
 *   shell's Layout); sets the colours on the document's root while mounted.
 * - `PublicBrand`: a page shown in an organisation's colours whoever looks at it (its public page):
 *   the colours apply to that page's main region only, with the logo under its heading.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { darkerShade } from '../domain/colour.ts';
import './brand.css';

/** Sets `--brand` and `--brand-dark` on the document's root while mounted, and restores them after. */
export function useRootBrandColours(accentColour: string | null | undefined): void {
  useEffect(() => {
    if (!accentColour) return;
    const root = document.documentElement.style;
    const before = [root.getPropertyValue('--brand'), root.getPropertyValue('--brand-dark')] as const;
    root.setProperty('--brand', accentColour);
    root.setProperty('--brand-dark', darkerShade(accentColour));
    return () => {
      for (const [name, value] of [
        ['--brand', before[0]],
        ['--brand-dark', before[1]],
      ] as const)
        if (value) root.setProperty(name, value);
        else root.removeProperty(name);
    };
  }, [accentColour]);
}

export function OrganisationLogo({ url, name, className }: { url: string; name: string; className?: string }) {
  return <img className={className ?? 'org-logo'} src={url} alt={`Logo de ${name}`} />;
}

/** The top bar's organisation: its logo (if any) and name, and its colours on the whole app. */
export function OrganisationBrand({
  organisation,
}: {
  organisation: { name: string; logoUrl: string | null; accentColour: string | null };
}) {
  useRootBrandColours(organisation.accentColour);
  return (
    <span className="brand-org">
      {organisation.logoUrl ? <OrganisationLogo url={organisation.logoUrl} name={organisation.name} /> : null}
      {organisation.name}
    </span>
  );
}

/**
 * The header of a page shown in an organisation's colours whoever looks at it (its public page):
 * its logo, and its colours on the page's main region only (the top bar keeps the visitor's own).
 */
export function PublicBrand({
  brand,
  name,
  children,
}: {
  brand: { accentColour: string | null; logo: { url: string } | null };
  name: string;
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const accent = brand.accentColour;
  useEffect(() => {
    const main = ref.current?.closest('main');
    if (!accent || !main) return;
    main.classList.add('brand-scope');
    main.style.setProperty('--brand', accent);
    main.style.setProperty('--brand-dark', darkerShade(accent));
    return () => {
      main.classList.remove('brand-scope');
      main.style.removeProperty('--brand');
      main.style.removeProperty('--brand-dark');
    };
  }, [accent]);
  return (
    <div ref={ref} className="public-brand">
      {brand.logo ? <OrganisationLogo url={brand.logo.url} name={name} className="org-logo org-logo-page" /> : null}
      {children}
    </div>
  );
}
