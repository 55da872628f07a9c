/**
 * The beneficiary downloads everything of their bilan in one zip (decision 047; legal.md GDPR-06
 * portability, BC-11 download before destruction): the synthèse (PDF and Word), the detailed
 * results, the portfolio, the pistes and the action plan (PDF and JSON), the séances (CSV), their
 * questionnaire answers (JSON), the bilan's documents (their signed copies), and a
 * « LISEZ-MOI.txt ». Each part is read through its owning capability's read functions and laid
 * out by its own builders; a part the bilan does not have yet is absent, and the README says so.
 * Its beneficiary alone, during the bilan and after it (until its content is destroyed: what is
 * destroyed is simply no longer there). Audited once (`bilan.data_exported`), counts only.
 */
import JSZip from 'jszip';
import { listActionSteps } from '../../action-plan/data/action-plan-read.ts';
import { actionPlanExport } from '../../action-plan/domain/export.ts';
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { readCatalogueInfo } from '../../catalog/data/catalogue-repository.ts';
import { readDocumentFacts } from '../../documents/data/document-facts.ts';
import { listBilanDocuments } from '../../documents/data/document-repository.ts';
import { listDocumentSignatures } from '../../documents/data/signature-repository.ts';
import { getDocumentPdf } from '../../documents/use-cases/get-document-pdf.ts';
import { readPistes } from '../../exploration/data/exploration-views.ts';
import { explorationExport } from '../../exploration/domain/export.ts';
import { parisDate, toParisLocal } from '../../platform/clock.ts';
import { requireRole } from '../../platform/authorize.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import { renderDocx } from '../../platform/docx/docx.ts';
import { readPortfolioLists } from '../../portfolio/data/portfolio-read.ts';
import { portfolioExport } from '../../portfolio/domain/export.ts';
import { buildPortfolioPdf } from '../../portfolio/domain/portfolio-pdf.ts';
import { listAssignmentsOfBilan } from '../../questionnaires/data/assignment-repository.ts';
import { listBilanAttendanceSignatures } from '../../seances/data/attendance-repository.ts';
import { listSeanceRows } from '../../seances/data/seance-repository.ts';
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { resultatsSource } from '../../sharing/data/documents/resultats-source.ts';
import { readSyntheseContent } from '../../synthese/data/synthese-content.ts';
import { buildSynthesePdf } from '../../synthese/domain/synthese-pdf.ts';
import { FILE_NAMES, README_FILE_NAME, zipFileNames, type ExportPart } from '../domain/contents.ts';
import { buildPistesPdf, buildPlanPdf, pisteUsesRome, type ContentPdfFacts } from '../domain/content-pdf.ts';
import { buildReadme } from '../domain/readme.ts';
import { listCertificates } from '../../lifecycle/data/destruction-repository.ts';
import { answersExport, seancesCsv, type AnsweredQuestionnaire, type SeanceRecord } from '../domain/records.ts';

/** The bilan's documents, in their French names (the folder of the zip). */
const DOCUMENT_FILE_NAMES = {
  devis: 'devis',
  contrat_individuel: 'contrat-individuel',
  convention_tripartite: 'convention-tripartite',
  commande_cpf: 'fiche-de-commande-cpf',
  certificat_realisation: 'certificat-de-realisation',
} as const;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const minutesBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 60_000);

/** The questions of a stored definition (id and wording), read defensively: sections → questions. */
function questionsOf(definition: Record<string, unknown>): { id: string; label: string }[] {
  const sections = Array.isArray(definition.sections) ? (definition.sections as unknown[]) : [];
  return sections.flatMap((section) => {
    const questions = (section as { questions?: unknown }).questions;
    return (Array.isArray(questions) ? questions : []).flatMap((q) => {
      const { id, label } = q as { id?: unknown; label?: unknown };
      return typeof id === 'string' ? [{ id, label: typeof label === 'string' ? label : id }] : [];
    });
  });
}

export async function exportBilanData(deps: Deps, actor: Actor, bilanId: string): Promise<FileAnswer> {
  requireRole(actor, 'beneficiary');
  const now = deps.clock.now();
  const bilan = await readBilan(deps.db, actor, bilanId, 'beneficiary');
  const organisationId = bilan.organisation_id;
  const exportedOn = parisDate(now);
  const exportedAt = now.toISOString();
  const [
    facts,
    lists,
    exploration,
    steps,
    catalogue,
    seanceRows,
    attendance,
    assignments,
    synthese,
    documents,
    certificates,
  ] = await Promise.all([
    readDocumentFacts(deps.db, bilan.id),
    readPortfolioLists(deps.db, organisationId, bilan.id),
    readPistes(deps.db, organisationId, bilan.id),
    listActionSteps(deps.db, organisationId, bilan.id),
    readCatalogueInfo(deps.db),
    listSeanceRows(deps.db, { bilanId: bilan.id }),
    listBilanAttendanceSignatures(deps.db, bilan.id),
    listAssignmentsOfBilan(deps.db, bilan.id),
    readSyntheseContent(deps.db, organisationId, bilan.id, { latestIfNotApproved: true, editedOn: exportedOn }),
    listBilanDocuments(deps.db, bilan.id),
    listCertificates(deps.db, organisationId, bilan.id),
  ]);
  const { organisation, beneficiary } = facts;
  const beneficiaryName = `${beneficiary.firstName} ${beneficiary.lastName}`;
  const pdfFacts: ContentPdfFacts = {
    beneficiaryName,
    organisation: {
      name: organisation.name,
      address: organisation.address,
      postalCode: organisation.postalCode,
      city: organisation.city,
    },
    brand: organisation.brand,
    editedOn: exportedOn,
  };

  const files: { name: string; bytes: Uint8Array | string; compressed: boolean }[] = [];
  const present = new Set<ExportPart>();
  const add = (part: ExportPart, name: string, bytes: Uint8Array | string, compressed = true) => {
    present.add(part);
    files.push({ name, bytes, compressed });
  };

  if (synthese) {
    const document = buildSynthesePdf(synthese.content);
    add('synthese_pdf', FILE_NAMES.synthese_pdf, deps.pdf.render(document), false);
    add('synthese_docx', FILE_NAMES.synthese_docx, await renderDocx(document), false);
  }
  if (await resultatsSource.available(deps.db, organisationId, bilan.id)) {
    const results = await resultatsSource.render(deps, organisationId, bilan.id);
    add('resultats_pdf', FILE_NAMES.resultats_pdf, results.bytes, false);
  }
  const romeCredit = catalogue.credit;
  if (lists.experiences.length + lists.competences.length > 0) {
    add('portfolio_pdf', FILE_NAMES.portfolio_pdf, deps.pdf.render(buildPortfolioPdf(lists, pdfFacts)), false);
    add(
      'portfolio_json',
      FILE_NAMES.portfolio_json,
      json(portfolioExport(lists, { bilanId: bilan.id, exportedAt, romeCredit })),
    );
  }
  if (exploration.pistes.length > 0) {
    add('pistes_pdf', FILE_NAMES.pistes_pdf, deps.pdf.render(buildPistesPdf(exploration.pistes, pdfFacts)), false);
    add(
      'pistes_json',
      FILE_NAMES.pistes_json,
      json(explorationExport(exploration.pistes, exploration.setAside, { bilanId: bilan.id, exportedAt, romeCredit })),
    );
  }
  if (steps.length > 0) {
    add('plan_pdf', FILE_NAMES.plan_pdf, deps.pdf.render(buildPlanPdf(steps, pdfFacts)), false);
    add('plan_json', FILE_NAMES.plan_json, json(actionPlanExport(steps, { bilanId: bilan.id, exportedAt })));
  }

  const seances = seanceRows.filter((s) => s.organisation_id === organisationId);
  if (seances.length > 0) {
    const signedAt = (seanceId: string, role: 'beneficiary' | 'consultant', fallback: Date | null) => {
      const at = attendance.find((a) => a.seance_id === seanceId && a.signer_role === role)?.signed_at ?? fallback;
      return at ? toParisLocal(at) : null;
    };
    const records: SeanceRecord[] = seances.map((s) => ({
      start: toParisLocal(s.starts_at),
      end: toParisLocal(s.ends_at),
      phase: s.phase,
      mode: s.mode,
      status: s.status,
      topic: s.topic,
      attendedMinutes:
        s.status !== 'held'
          ? null
          : (s.attended_minutes ??
            (s.actual_start_at && s.actual_end_at
              ? minutesBetween(s.actual_start_at, s.actual_end_at)
              : minutesBetween(s.starts_at, s.ends_at))),
      signedByBeneficiaryAt: signedAt(s.id, 'beneficiary', s.signed_by_beneficiary_at),
      signedByConsultantAt: signedAt(s.id, 'consultant', s.signed_by_consultant_at),
    }));
    add('seances_csv', FILE_NAMES.seances_csv, seancesCsv(records));
  }

  const answered: AnsweredQuestionnaire[] = assignments
    .filter((a) => a.organisation_id === organisationId && !a.withdrawn_at && Object.keys(a.answers ?? {}).length > 0)
    .map((a) => ({
      title: a.title,
      kind: a.kind,
      questionnaire: a.questionnaire_id,
      questionnaireVersion: a.questionnaire_version,
      submittedAt: a.submitted_at?.toISOString() ?? null,
      draftSavedAt: a.draft_saved_at?.toISOString() ?? null,
      questions: questionsOf(a.definition),
      answers: a.answers,
    }));
  if (answered.length > 0)
    add('reponses_json', FILE_NAMES.reponses_json, json(answersExport(answered, { bilanId: bilan.id, exportedAt })));

  const documentNames: string[] = [];
  if (documents.length > 0) {
    const signatures = await listDocumentSignatures(
      deps.db,
      documents.map((d) => d.id),
    );
    for (const doc of [...documents].reverse()) {
      const signed = signatures.some((s) => s.document_id === doc.id);
      const { pdf } = await getDocumentPdf(deps, actor, doc.id, signed);
      const name = `${DOCUMENT_FILE_NAMES[doc.kind]}-version-${doc.version}${signed ? '-signe' : ''}.pdf`;
      documentNames.push(name);
      add('documents', `${FILE_NAMES.documents}/${name}`, pdf, false);
    }
  }

  const romeContent =
    exploration.pistes.some(pisteUsesRome) ||
    lists.experiences.some((e) => e.appellation !== null) ||
    lists.competences.some((c) => c.rome !== null);
  const readme = buildReadme({
    beneficiaryName,
    organisationName: organisation.name,
    exportedOn,
    exportedAtTime: toParisLocal(now).slice(11, 16),
    present,
    documents: documentNames,
    romeContent,
    contentDestroyedOn: certificates.at(-1)?.destroyed_on ?? null,
  });

  const zip = new JSZip();
  const options = (compressed: boolean) => ({
    date: now,
    compression: compressed ? ('DEFLATE' as const) : ('STORE' as const),
  });
  zip.file(README_FILE_NAME, readme, options(true));
  for (const file of files) zip.file(file.name, file.bytes, options(file.compressed));
  const bytes = await zip.generateAsync({ type: 'uint8array', compressionOptions: { level: 6 } });

  await deps.audit.record(
    deps.db,
    auditContext(actor),
    {
      action: 'bilan.data_exported',
      subjectType: 'bilan',
      subjectId: bilan.id,
      bilanId: bilan.id,
      details: { files: files.length + 1, bytes: bytes.byteLength, parts: [...present] },
    },
    now,
  );
  const names = zipFileNames(exportedOn);
  return {
    bytes,
    filename: names.ascii,
    utf8Filename: names.utf8,
    contentType: 'application/zip',
    disposition: 'attachment',
  };
}
