/**
 * The authorisation matrix's cases for the synthesis's routes (run by
 * `src/app/authorization.db.test.ts`): the consultant of the bilan writes, publishes and records the
 * delivery; its beneficiary comments, approves and acknowledges; both read and export; admins 403;
 * anyone else 404 (or 403 by role first). Cases run in order on bilan A: the approval comes after
 * the comment and before the publication (then refused, 409) and the delivery; withdrawing the
 * approval comes after the delivery (then refused, 409).
 */
import { authorizationCases } from '../../../tests/support/authorization.ts';
import { parisDate } from '../../platform/clock.ts';
import { commentSection } from '../use-cases/comment-section.ts';
import { publishVersion } from '../use-cases/publish-version.ts';
import { refreshProposals } from '../use-cases/refresh-proposals.ts';
import { saveSection } from '../use-cases/save-section.ts';

export const syntheseAuthorization = authorizationCases({
  async setUp(w) {
    const consultant = w.users.consultantA.actor;
    await saveSection(w.deps, consultant, w.bilanA, 'suivi', {
      revision: 0,
      text: 'Un entretien de suivi à six mois.',
    });
    const { sections } = await refreshProposals(w.deps, consultant, w.bilanA);
    const proposal = sections.flatMap((s) => s.proposals)[0]!;
    const { version } = await publishVersion(w.deps, consultant, w.bilanA, { revisions: {} });
    const { comment } = await commentSection(w.deps, w.users.beneficiaryA.actor, w.bilanA, version.id, {
      sectionKey: 'suivi',
      text: 'À quelle date ?',
    });
    const beneficiary = await w.deps.db
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', w.users.beneficiaryA.id)
      .executeTakeFirstOrThrow();
    return {
      proposalId: proposal.id,
      versionId: version.id,
      sha256: version.sha256,
      beneficiaryName: `${beneficiary.first_name} ${beneficiary.last_name}`,
      commentId: comment.id,
    };
  },
  cases: (w, f) => {
    const base = () => `/api/bilans/${w.bilanA}/synthese`;
    const either = { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 403, adminB: 403 };
    // Refused by role before the bilan is looked at.
    const consultantOnly = {
      anonymous: 401,
      consultantA: 200,
      beneficiaryA: 403,
      otherBeneficiaryA: 403,
      beneficiaryB: 403,
      adminA: 403,
      adminB: 403,
    };
    const beneficiaryOnly = {
      anonymous: 401,
      beneficiaryA: 200,
      consultantA: 403,
      otherConsultantA: 403,
      consultantB: 403,
      adminA: 403,
      adminB: 403,
    };
    return [
      { method: 'GET', route: '/api/bilans/:id/synthese', path: () => base(), expect: either, otherwise: 404 },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/proposals/refresh',
        path: () => `${base()}/proposals/refresh`,
        expect: consultantOnly,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/proposals/:itemId/decide',
        path: () => `${base()}/proposals/${f.proposalId}/decide`,
        body: () => ({ decision: 'reject' }),
        expect: consultantOnly,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/sections/:key',
        path: () => `${base()}/sections/interets`,
        body: () => ({ revision: 0, text: 'Vous aimez transmettre.' }),
        expect: consultantOnly,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/versions/:itemId/comments',
        path: () => `${base()}/versions/${f.versionId}/comments`,
        body: () => ({ sectionKey: 'suivi', text: 'Pouvez-vous préciser la date ?' }),
        expect: beneficiaryOnly,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/comments/:itemId/answer',
        path: () => `${base()}/comments/${f.commentId}/answer`,
        body: () => ({ answer: 'Environ six mois après la fin.', resolved: true }),
        expect: consultantOnly,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/versions/:itemId/approve',
        path: () => `${base()}/versions/${f.versionId}/approve`,
        body: () => ({ signedName: f.beneficiaryName, consent: true, sha256: f.sha256 }),
        expect: beneficiaryOnly,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/versions',
        path: () => `${base()}/versions`,
        body: () => ({ revisions: {} }),
        // Reached, but the synthesis is approved by now: nothing changes any more.
        expect: { ...consultantOnly, consultantA: 409 },
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/delivery',
        path: () => `${base()}/delivery`,
        body: () => ({ channel: 'remise_en_main_propre', deliveredOn: parisDate(w.deps.clock.now()) }),
        expect: consultantOnly,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/delivery/acknowledge',
        path: () => `${base()}/delivery/acknowledge`,
        expect: beneficiaryOnly,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/synthese/approval/withdraw',
        path: () => `${base()}/approval/withdraw`,
        body: () => ({ message: 'Une date est à corriger.' }),
        // Reached, but the synthesis is delivered by now: the approval stays (decision 052).
        expect: { ...beneficiaryOnly, beneficiaryA: 409 },
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/synthese/synthese.pdf',
        path: () => `${base()}/synthese.pdf`,
        expect: either,
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/synthese/synthese.docx',
        path: () => `${base()}/synthese.docx`,
        expect: either,
        otherwise: 404,
      },
    ];
  },
});
