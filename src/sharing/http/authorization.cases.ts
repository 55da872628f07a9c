/**
 * The authorisation matrix's cases for sharing with consent (decision 045): the beneficiary alone
 * lists, creates, revokes and sends again (consultant and admins 403, anyone else 404); the
 * recipient's link and visit are public: a link opens once (replayed, withdrawn or expired: 410),
 * a visit reaches only its own share's documents (another share's document, or a link's token used
 * as a visit: 404). Each route's last case is the fuzzer's example.
 */
import { sql } from 'kysely';
import { authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { dayIn, shareResults, submitRiasec } from '../../../tests/support/sharing.ts';
import { SHARE_SOURCES } from '../capability.ts';
import { openShare } from '../use-cases/open-share.ts';
import { revokeShare } from '../use-cases/revoke-share.ts';

const origin = { ip: '192.0.2.70', userAgent: 'matrix' };
const OPENINGS = 12;

export const sharingAuthorization = authorizationCases({
  async setUp(w) {
    const { deps } = w;
    const me = w.users.beneficiaryA.actor;
    await submitRiasec(deps, w.A.consultant.actor, me, w.bilanA);
    // First made, so that the fuzzer's first token of the kind is a link that still opens.
    const preview = await shareResults(deps, me, w.bilanA);
    const toRevoke = await shareResults(deps, me, w.bilanA);
    const toResend = await shareResults(deps, me, w.bilanA);
    const revoked = await shareResults(deps, me, w.bilanA);
    const used = await shareResults(deps, me, w.bilanA);
    const expired = await shareResults(deps, me, w.bilanA);
    const visited = await shareResults(deps, me, w.bilanA);
    const visitOfRevoked = await shareResults(deps, me, w.bilanA);
    const visitOver = await shareResults(deps, me, w.bilanA);
    const fresh: string[] = [];
    for (let i = 0; i < OPENINGS; i++) fresh.push((await shareResults(deps, me, w.bilanA)).token);
    const open = (token: string) => openShare(deps, SHARE_SOURCES, origin, token);
    await open(used.token);
    const visit = (await open(visited.token)).visit;
    const revokedVisit = (await open(visitOfRevoked.token)).visit;
    const overVisit = (await open(visitOver.token)).visit;
    await revokeShare(deps, me, revoked.shareId);
    await revokeShare(deps, me, visitOfRevoked.shareId);
    await sql`UPDATE shares SET created_at = created_at - interval '40 days', expires_at = ${deps.clock.now()}
               WHERE id = ${expired.shareId}`.execute(deps.db);
    await sql`UPDATE shares SET visit_expires_at = ${deps.clock.now()} WHERE id = ${visitOver.shareId}`.execute(
      deps.db,
    );
    return { preview, toRevoke, toResend, revoked, used, expired, visit, revokedVisit, overVisit, fresh };
  },
  cases: (w, f) => [
    {
      method: 'GET',
      route: '/api/bilans/:id/shares',
      path: () => `/api/bilans/${w.bilanA}/shares`,
      expect: { anonymous: 401, beneficiaryA: 200, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/bilans/:id/shares',
      path: () => `/api/bilans/${w.bilanA}/shares`,
      body: () => ({
        recipientName: 'Opérateur CEP',
        recipientEmail: `cep-${unique()}@exemple.fr`,
        recipientKind: 'cep',
        documents: ['resultats'],
        expiresOn: dayIn(w.deps, 20),
      }),
      expect: { anonymous: 401, beneficiaryA: 201, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/shares/:id/revoke',
      path: () => `/api/shares/${f.toRevoke.shareId}/revoke`,
      expect: { anonymous: 401, beneficiaryA: 204, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    {
      method: 'POST',
      route: '/api/shares/:id/resend',
      path: () => `/api/shares/${f.toResend.shareId}/resend`,
      expect: { anonymous: 401, beneficiaryA: 204, otherBeneficiaryA: 404, beneficiaryB: 404 },
      otherwise: 403,
    },
    // The link's page: unknown, withdrawn, then one that opens (reading it does not spend it).
    {
      method: 'GET',
      route: '/api/partage/:token',
      path: () => '/api/partage/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      expect: {},
      otherwise: 404,
    },
    {
      method: 'GET',
      route: '/api/partage/:token',
      path: () => `/api/partage/${f.revoked.token}`,
      expect: {},
      otherwise: 410,
    },
    {
      method: 'GET',
      route: '/api/partage/:token',
      path: () => `/api/partage/${f.preview.token}`,
      expect: {},
      otherwise: 200,
    },
    // Opening: replayed, withdrawn, expired links (410, the attempt audited), then fresh links.
    ...(['used', 'revoked', 'expired'] as const).map((key) => ({
      method: 'POST' as const,
      route: '/api/partage/:token/open',
      path: () => `/api/partage/${f[key].token}/open`,
      expect: {},
      otherwise: 410,
    })),
    {
      method: 'POST',
      route: '/api/partage/:token/open',
      path: () => `/api/partage/${f.fresh.pop() ?? f.preview.token}/open`,
      expect: {},
      otherwise: 200,
    },
    // Downloading: another share's document or a link's token used as a visit (404), a withdrawn
    // share or a visit that is over (410), then the visit's own document.
    {
      method: 'GET',
      route: '/api/partage/visite/:visit/:document',
      path: () => `/api/partage/visite/${f.visit}/synthese`,
      expect: {},
      otherwise: 404,
    },
    {
      method: 'GET',
      route: '/api/partage/visite/:visit/:document',
      path: () => `/api/partage/visite/${f.preview.token}/resultats`,
      expect: {},
      otherwise: 404,
    },
    ...(['revokedVisit', 'overVisit'] as const).map((key) => ({
      method: 'GET' as const,
      route: '/api/partage/visite/:visit/:document',
      path: () => `/api/partage/visite/${f[key]}/resultats`,
      expect: {},
      otherwise: 410,
    })),
    {
      method: 'GET',
      route: '/api/partage/visite/:visit/:document',
      path: () => `/api/partage/visite/${f.visit}/resultats`,
      expect: {},
      otherwise: 200,
    },
  ],
});
