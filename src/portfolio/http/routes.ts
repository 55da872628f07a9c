/** The portfolio (issue 12, decision 038): thin handlers, one use case each. */
import { endpointRoutes, fromCache } from '../../platform/http/endpoints.ts';
import { portfolioEndpoints as e } from '../contracts/endpoints.ts';
import { addComment } from '../use-cases/add-comment.ts';
import { decideProposals } from '../use-cases/decide-proposals.ts';
import { decideSavoirEtre } from '../use-cases/decide-savoir-etre.ts';
import { deleteCompetence } from '../use-cases/delete-competence.ts';
import { deleteDomain } from '../use-cases/delete-domain.ts';
import { deleteExperience } from '../use-cases/delete-experience.ts';
import { exportPortfolio } from '../use-cases/export-portfolio.ts';
import { exportPortfolioPdf } from '../use-cases/export-portfolio-pdf.ts';
import { getPortfolio } from '../use-cases/get-portfolio.ts';
import { proposeCompetences } from '../use-cases/propose-competences.ts';
import { proposeSavoirEtreCompetences } from '../use-cases/propose-savoir-etre.ts';
import { reorderPortfolio } from '../use-cases/reorder-portfolio.ts';
import { saveCompetence } from '../use-cases/save-competence.ts';
import { saveDomain } from '../use-cases/save-domain.ts';
import { saveExperience } from '../use-cases/save-experience.ts';
import { importWorksheetExperiences } from '../use-cases/worksheet-import/import-worksheet-experiences.ts';
import { readWorksheetImport } from '../use-cases/worksheet-import/read-worksheet-import.ts';

export const portfolioRoutes = endpointRoutes()
  .on(e.get, async ({ deps, actor, params }) => fromCache(await getPortfolio(deps, actor(), params.id)))
  .on(e.saveExperience, ({ deps, actor, params, body }) => saveExperience(deps, actor(), params.id, body))
  .on(e.deleteExperience, ({ deps, actor, params }) => deleteExperience(deps, actor(), params.id, params.itemId))
  .on(e.proposals, ({ deps, actor, params }) => proposeCompetences(deps, actor(), params.id, params.itemId))
  .on(e.decideProposals, ({ deps, actor, params, body }) =>
    decideProposals(deps, actor(), params.id, params.itemId, body),
  )
  .on(e.savoirEtreProposals, ({ deps, actor, params }) => proposeSavoirEtreCompetences(deps, actor(), params.id))
  .on(e.decideSavoirEtre, ({ deps, actor, params, body }) => decideSavoirEtre(deps, actor(), params.id, body))
  .on(e.saveCompetence, ({ deps, actor, params, body }) => saveCompetence(deps, actor(), params.id, body))
  .on(e.deleteCompetence, ({ deps, actor, params }) => deleteCompetence(deps, actor(), params.id, params.itemId))
  .on(e.saveDomain, ({ deps, actor, params, body }) => saveDomain(deps, actor(), params.id, body))
  .on(e.deleteDomain, ({ deps, actor, params }) => deleteDomain(deps, actor(), params.id, params.itemId))
  .on(e.reorder, ({ deps, actor, params, body }) => reorderPortfolio(deps, actor(), params.id, body))
  .on(e.comment, ({ deps, actor, params, body }) => addComment(deps, actor(), params.id, body))
  .on(e.worksheetImport, ({ deps, actor, params }) => readWorksheetImport(deps, actor(), params.id))
  .on(e.importWorksheet, ({ deps, actor, params, body }) => importWorksheetExperiences(deps, actor(), params.id, body))
  .on(e.exportJson, ({ deps, actor, params }) => exportPortfolio(deps, actor(), params.id))
  .on(e.exportPdf, ({ deps, actor, params }) => exportPortfolioPdf(deps, actor(), params.id)).app;
