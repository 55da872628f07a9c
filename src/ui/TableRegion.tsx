/**
 * A wide table in a keyboard-scrollable region (usable at 200 % zoom). The region gets its own
 * name, distinct from the section it sits in (axe: landmark-unique).
 */
import type { ReactNode } from 'react';

export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={`Tableau : ${label}`}>
      {children}
    </div>
  );
}
