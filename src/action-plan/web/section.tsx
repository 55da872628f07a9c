/** The dossier's « Plan d’action » (bilans/web/dossier/sections.ts): the same editor as the beneficiary's. */
import type { BilanSectionProps } from '../../bilans/web/section.ts';
import { ActionPlanEditor } from './editor.tsx';

export function ActionPlanSection({ bilan }: BilanSectionProps) {
  return <ActionPlanEditor bilanId={bilan.id} viewer="consultant" />;
}
