/**
 * The organisation's brand in the interface (decision 036): its accent colour becomes the design
 * system's accent tokens (`--accent`, a darker `--accent-strong`, a light `--accent-soft`), and its logo sits beside its name.
 *
 * - `useRootBrandColours` and `OrganisationLogo`: the top bar's organisation, for its signed-in
 *   people (called by the shell's Layout); the colours go on the document's root while mounted.
 * - `PublicBrand`: a page shown in an organisation's colours whoever looks at it (its public page):
 *   the colours apply to that page's main region only, with the logo under its heading.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { darkerShade } from '../domain/colour.ts';
import './brand.css';

/**
 * The design system's accent tokens (decision 032) for an organisation's colour: the colour itself,
 * a darker shade for hover and current states, and a light tint for current navigation entries.
 */
export function accentTokens(accentColour: string): [string, string][] {
  return [
    ['--accent', accentColour],
    ['--accent-strong', darkerShade(accentColour)],
    ['--accent-soft', `color-mix(in srgb, ${accentColour} 8%, white)`],
  ];
}

/** Sets the accent tokens on the document's root while mounted, and restores them after. */
export function useRootBrandColours(accentColour: string | null | undefined): void {
  useEffect(() => {
    if (!accentColour) return;
    const root = document.documentElement.style;
    const tokens = accentTokens(accentColour);
    const before = tokens.map(([name]) => [name, root.getPropertyValue(name)] as const);
    for (const [name, value] of tokens) root.setProperty(name, value);
    return () => {
      for (const [name, value] of before)
        if (value) root.setProperty(name, value);
        else root.removeProperty(name);
    };
  }, [accentColour]);
}

export function OrganisationLogo({ url, name, className }: { url: string; name: string; className?: string }) {
  return <img className={className ?? 'org-logo'} src={url} alt={`Logo de ${name}`} />;
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
    const tokens = accentTokens(accent);
    for (const [name, value] of tokens) main.style.setProperty(name, value);
    return () => {
      main.classList.remove('brand-scope');
      for (const [name] of tokens) main.style.removeProperty(name);
    };
  }, [accent]);
  return (
    <div ref={ref} className="public-brand">
      {brand.logo ? <OrganisationLogo url={brand.logo.url} name={name} className="org-logo org-logo-page" /> : null}
      {children}
    </div>
  );
}
