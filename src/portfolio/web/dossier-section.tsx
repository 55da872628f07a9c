/** The dossier's « Parcours et compétences » (bilans/web/dossier/sections.ts): the shared workspace. */
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { PortfolioWorkspace } from './workspace.tsx';

export function PortfolioSection({ bilan }: BilanSectionProps) {
  return <PortfolioWorkspace bilanId={bilan.id} viewer="consultant" />;
}
