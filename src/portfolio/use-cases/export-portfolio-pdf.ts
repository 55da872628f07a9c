/**
 * The beneficiary or the consultant downloads the portfolio as a printable PDF (Typst, the
 * documents' layout): « Mon parcours et mes compétences », with the organisation's name and logo
 * (decision 036) and the day of edition. Audited like the JSON export: the content leaves
 * Sillage. Available after the bilan has ended too. Rendered on demand, never stored.
 */
import { readBilan } from '../../bilans/data/bilan-access.ts';
import { readDocumentFacts } from '../../documents/data/document-facts.ts';
import { requireRole } from '../../platform/authorize.ts';
import { parisDate } from '../../platform/clock.ts';
import { auditContext, type Actor, type Deps } from '../../platform/deps.ts';
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { readPortfolioLists } from '../data/portfolio-read.ts';
import { PORTFOLIO_PDF_FILE_NAME, buildPortfolioPdf } from '../domain/portfolio-pdf.ts';

export async function exportPortfolioPdf(deps: Deps, actor: Actor, bilanId: string): Promise<FileAnswer> {
  requireRole(actor, 'consultant', 'beneficiary');
  const now = deps.clock.now();
  const bilan = await readBilan(deps.db, actor, bilanId, 'either');
  const [lists, facts] = await Promise.all([
    readPortfolioLists(deps.db, actor.organisationId, bilan.id),
    readDocumentFacts(deps.db, bilan.id),
  ]);
  const { organisation, beneficiary } = facts;
  const pdf = deps.pdf.render(
    buildPortfolioPdf(lists, {
      beneficiaryName: `${beneficiary.firstName} ${beneficiary.lastName}`,
      organisation: {
        name: organisation.name,
        address: organisation.address,
        postalCode: organisation.postalCode,
        city: organisation.city,
      },
      brand: organisation.brand,
      editedOn: parisDate(now),
    }),
  );
  await deps.audit.record(
    deps.db,
    auditContext(actor),
    {
      action: 'portfolio.printed',
      subjectType: 'bilan',
      subjectId: bilan.id,
      bilanId: bilan.id,
      details: { experiences: lists.experiences.length, competences: lists.competences.length },
    },
    now,
  );
  return { bytes: pdf, filename: PORTFOLIO_PDF_FILE_NAME, contentType: 'application/pdf', disposition: 'attachment' };
}
