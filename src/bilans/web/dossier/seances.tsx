/** Séances: the bilan's séances, their planning and hours (the agenda's own section). */
import { SeancesSection } from '../../../seances/web/bilan-seances-section.tsx';
import type { BilanSectionProps } from '../section.ts';

export function DossierSeancesSection(props: BilanSectionProps) {
  return <SeancesSection {...props} />;
}
