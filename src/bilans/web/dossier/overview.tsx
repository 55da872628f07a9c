/** Vue d'ensemble: where the bilan stands and what is next, the beneficiary, the checklist, the phase change. */
import { BeneficiarySection, SituationSection } from '../bilan-overview.tsx';
import { ChecklistSection } from '../checklist-section.tsx';
import { PhasesSection } from '../phases-section.tsx';
import type { BilanSectionProps } from '../section.ts';

export function OverviewSection({ bilan, onChanged }: BilanSectionProps) {
  return (
    <>
      <div className="overview-columns">
        <SituationSection bilan={bilan} />
        <BeneficiarySection bilan={bilan} onChanged={onChanged} />
      </div>
      <ChecklistSection bilan={bilan} onChanged={onChanged} />
      <PhasesSection bilan={bilan} onChanged={onChanged} />
    </>
  );
}
