/** Financement et documents: the financing file, then the documents produced from it and their signatures. */
import { FinancingSection } from '../../../financing/web/bilan-financing-section.tsx';
import { DocumentsSection } from '../../../documents/web/bilan-documents-section.tsx';
import type { BilanSectionProps } from '../section.ts';
import { DossierCategorySection } from '../../../bpf/web/category-field.tsx';

export function FinancingDocumentsSection(props: BilanSectionProps) {
  return (
    <>
      <FinancingSection {...props} />
      <DossierCategorySection bilanId={props.bilan.id} onChanged={props.onChanged} />
      <DocumentsSection {...props} />
    </>
  );
}
