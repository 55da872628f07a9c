/** Suivi: after the bilan, the follow-up interview, the évaluations and the EDOF declarations. */
import { AfterSection } from '../../../after/web/bilan-after-section.tsx';
import type { BilanSectionProps } from '../section.ts';

export function DossierAfterSection(props: BilanSectionProps) {
  return <AfterSection {...props} />;
}
