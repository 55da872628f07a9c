/**
 * « Les résultats détaillés »: the reports of the bilan's submitted instruments (RIASEC, Big
 * Five, values, EntreComp, soft skills with the aggregated regard of others), as the beneficiary
 * reads them, rendered as one PDF with their cautions (`domain/results-pdf.ts`). Withdrawn
 * questionnaires and free questionnaires (answers, not results) are left out.
 */
import { readDocumentFacts } from '../../../documents/data/document-facts.ts';
import { answeredInvitations } from '../../../feedback/data/invitation-repository.ts';
import { regardOfOthers } from '../../../feedback/domain/regard.ts';
import { instrumentReport } from '../../../instruments/domain/report-for.ts';
import type { ReportModel } from '../../../instruments/domain/report-model.ts';
import { SOFT_SKILLS_SOURCE } from '../../../instruments/domain/softskills/skills.ts';
import { parisDate } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/kysely.ts';
import { listAssignmentsOfBilan } from '../../../questionnaires/data/assignment-repository.ts';
import { DOCUMENT_LABELS } from '../../contracts/schemas.ts';
import { RESULTS_PDF_FILE_NAME, buildResultsPdf } from '../../domain/results-pdf.ts';
import type { ShareableDocumentSource } from './source.ts';

async function submittedInstruments(db: Db, organisationId: string, bilanId: string) {
  const rows = await listAssignmentsOfBilan(db, bilanId);
  return rows.filter(
    (r) => r.organisation_id === organisationId && r.kind === 'instrument' && r.submitted_at && !r.withdrawn_at,
  );
}

export const resultatsSource: ShareableDocumentSource = {
  kind: 'resultats',
  label: DOCUMENT_LABELS.resultats,
  async available(db, organisationId, bilanId) {
    return (await submittedInstruments(db, organisationId, bilanId)).length > 0;
  },
  async render(deps, organisationId, bilanId) {
    const rows = await submittedInstruments(deps.db, organisationId, bilanId);
    const facts = await readDocumentFacts(deps.db, bilanId);
    const consultantName = `${facts.consultant.firstName} ${facts.consultant.lastName}`;
    const reports: ReportModel[] = [];
    for (const row of rows) {
      const feedback =
        row.questionnaire_id === SOFT_SKILLS_SOURCE.instrumentId
          ? regardOfOthers(await answeredInvitations(deps.db, row.id), row.answers)
          : undefined;
      const report = instrumentReport(
        row.questionnaire_id,
        row.answers,
        { audience: 'beneficiaire', date: parisDate(row.submitted_at!), consultantName },
        feedback,
      );
      if (report) reports.push(report);
    }
    const { organisation, beneficiary } = facts;
    const pdf = deps.pdf.render(
      buildResultsPdf(reports, {
        beneficiaryName: `${beneficiary.firstName} ${beneficiary.lastName}`,
        organisation: {
          name: organisation.name,
          address: organisation.address,
          postalCode: organisation.postalCode,
          city: organisation.city,
        },
        brand: organisation.brand,
        editedOn: parisDate(deps.clock.now()),
      }),
    );
    return { bytes: pdf, filename: RESULTS_PDF_FILE_NAME, contentType: 'application/pdf' };
  },
};
