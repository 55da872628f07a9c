/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { EVERYONE, authorizationCases, unique } from '../../../tests/support/authorization.ts';
import { createOrganisation } from '../../../tests/support/factories.ts';
import { ComplaintSchema, ImprovementActionSchema } from '../contracts/schemas.ts';
import { saveComplaint } from '../use-cases/save-complaint.ts';
import { saveImprovementAction } from '../use-cases/save-improvement-action.ts';

const ADMINS_ONLY = {
  anonymous: 401,
  adminA: 200,
  adminB: 200,
};

export const qualityAuthorization = authorizationCases({
  async setUp(w) {
    const admin = w.users.adminA.actor;
    // One record of organisation A per person asking: each update names a fresh one (revision 1).
    const complaints: string[] = [];
    const actions: string[] = [];
    for (let n = 0; n < EVERYONE.length; n++) {
      const complaint = await saveComplaint(
        w.deps,
        admin,
        ComplaintSchema.parse({
          receivedOn: '2026-11-02',
          channel: 'telephone',
          complainantRole: 'employeur',
          description: `Convention reçue en retard ${n}`,
        }),
      );
      complaints.push(complaint.complaint.id);
      const action = await saveImprovementAction(
        w.deps,
        admin,
        ImprovementActionSchema.parse({ source: 'reclamation', action: `Envoyer la convention sous 48 h ${n}` }),
      );
      actions.push(action.action.id);
    }
    const publicSlug = `qualite-${unique()}`;
    const published = await createOrganisation(w.deps);
    await w.deps.db
      .updateTable('organisations')
      .set({ slug: publicSlug, public_page_enabled: true })
      .where('id', '=', published.id)
      .execute();
    return { complaints, actions, publicSlug };
  },
  cases: (w, f) => {
    const fresh = (ids: () => string[]) => {
      let n = 0;
      return () => ids()[Math.min(n++, ids().length - 1)]!;
    };
    const complaintOfA = fresh(() => f.complaints);
    const actionOfA = fresh(() => f.actions);
    return [
      {
        method: 'GET',
        route: '/api/admin/qualiopi/preuves',
        path: () => '/api/admin/qualiopi/preuves?from=2026-01-01&to=2026-12-31',
        expect: ADMINS_ONLY,
        otherwise: 403,
      },
      {
        method: 'GET',
        route: '/api/admin/qualiopi/registres',
        path: () => '/api/admin/qualiopi/registres',
        expect: ADMINS_ONLY,
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/admin/qualiopi/reclamations',
        path: () => '/api/admin/qualiopi/reclamations',
        body: () => ({
          receivedOn: '2026-11-10',
          channel: 'email',
          complainantRole: 'financeur',
          description: `Facture illisible ${unique()}`,
        }),
        expect: ADMINS_ONLY,
        otherwise: 403,
      },
      {
        // An update of organisation A's complaint: another organisation's admin does not find it.
        method: 'POST',
        route: '/api/admin/qualiopi/reclamations',
        path: () => '/api/admin/qualiopi/reclamations',
        body: () => ({
          id: complaintOfA(),
          revision: 1,
          receivedOn: '2026-11-02',
          channel: 'telephone',
          complainantRole: 'employeur',
          description: 'Convention reçue en retard',
          acknowledgedOn: '2026-11-03',
          status: 'en_cours',
        }),
        expect: { ...ADMINS_ONLY, adminB: 404 },
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/admin/qualiopi/actions',
        path: () => '/api/admin/qualiopi/actions',
        body: () => ({
          id: actionOfA(),
          revision: 1,
          source: 'reclamation',
          action: 'Envoyer la convention sous 48 h',
          status: 'en_cours',
        }),
        expect: { ...ADMINS_ONLY, adminB: 404 },
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/admin/qualiopi/resultats',
        path: () => '/api/admin/qualiopi/resultats',
        body: () => ({ from: '2026-01-01', to: '2026-12-31' }),
        expect: { anonymous: 401, adminA: 201, adminB: 201 },
        otherwise: 403,
      },
      {
        method: 'GET',
        route: '/api/public/organisations/:slug/resultats',
        path: () => `/api/public/organisations/${f.publicSlug}/resultats`,
        expect: {},
        otherwise: 200,
      },
      {
        method: 'POST',
        route: '/api/public/organisations/:slug/reclamations',
        path: () => `/api/public/organisations/${f.publicSlug}/reclamations`,
        body: () => ({
          complainantRole: 'beneficiaire',
          complainantName: 'Bruno Lefèvre',
          replyEmail: 'bruno@exemple.fr',
          description: 'La séance du 3 novembre a été annulée sans prévenir.',
          // The honeypot: answered like a success, nothing stored, no rate limit spent (one address
          // for all nine callers); the real path is tested in use-cases/quality.db.test.ts.
          website: 'piège',
        }),
        expect: {},
        otherwise: 202,
      },
    ];
  },
});
