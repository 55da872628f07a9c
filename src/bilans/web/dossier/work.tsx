/** Travaux: the questionnaires, worksheets and exercises proposed, and the publishers' tests. */
import { QuestionnairesSection } from '../../../questionnaires/web/bilan-questionnaires-section.tsx';
import { ExternalTestsSection } from '../../../external-tests/web/bilan-external-tests-section.tsx';
import type { BilanSectionProps } from '../section.ts';

export function WorkSection(props: BilanSectionProps) {
  return (
    <>
      <QuestionnairesSection {...props} />
      <ExternalTestsSection {...props} />
    </>
  );
}
