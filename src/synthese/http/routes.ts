/** The document de synthèse (issue 14, decision 043): thin handlers, one use case each. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { syntheseEndpoints as e } from '../contracts/endpoints.ts';
import { sectionKeyParam } from '../contracts/schemas.ts';
import { acknowledgeDelivery } from '../use-cases/acknowledge-delivery.ts';
import { answerComment } from '../use-cases/answer-comment.ts';
import { approveVersion } from '../use-cases/approve-version.ts';
import { commentSection } from '../use-cases/comment-section.ts';
import { decideProposal } from '../use-cases/decide-proposal.ts';
import { exportSynthese } from '../use-cases/export-synthese.ts';
import { getSynthese } from '../use-cases/get-synthese.ts';
import { publishVersion } from '../use-cases/publish-version.ts';
import { recordDelivery } from '../use-cases/record-delivery.ts';
import { refreshProposals } from '../use-cases/refresh-proposals.ts';
import { saveSection } from '../use-cases/save-section.ts';
import { withdrawSyntheseApproval } from '../use-cases/withdraw-synthese-approval.ts';

export const syntheseRoutes = endpointRoutes()
  .on(e.get, ({ deps, actor, params }) => getSynthese(deps, actor(), params.id))
  .on(e.refreshProposals, ({ deps, actor, params }) => refreshProposals(deps, actor(), params.id))
  .on(e.decideProposal, ({ deps, actor, params, body }) =>
    decideProposal(deps, actor(), params.id, params.itemId, body),
  )
  .on(e.saveSection, ({ deps, actor, params, body }) =>
    saveSection(deps, actor(), params.id, sectionKeyParam.parse(params.key), body),
  )
  .on(e.publish, ({ deps, actor, params, body }) => publishVersion(deps, actor(), params.id, body))
  .on(e.comment, ({ deps, actor, params, body }) => commentSection(deps, actor(), params.id, params.itemId, body))
  .on(e.answerComment, ({ deps, actor, params, body }) => answerComment(deps, actor(), params.id, params.itemId, body))
  .on(e.approve, ({ deps, actor, params, body }) => approveVersion(deps, actor(), params.id, params.itemId, body))
  .on(e.withdrawApproval, ({ deps, actor, params, body }) => withdrawSyntheseApproval(deps, actor(), params.id, body))
  .on(e.recordDelivery, ({ deps, actor, params, body }) => recordDelivery(deps, actor(), params.id, body))
  .on(e.acknowledgeDelivery, ({ deps, actor, params }) => acknowledgeDelivery(deps, actor(), params.id))
  .on(e.exportPdf, ({ deps, actor, params }) => exportSynthese(deps, actor(), params.id, 'pdf'))
  .on(e.exportDocx, ({ deps, actor, params }) => exportSynthese(deps, actor(), params.id, 'docx')).app;
