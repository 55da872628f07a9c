/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { EVERYONE, authorizationCases } from '../../../tests/support/authorization.ts';
import { insertBilan } from '../../../tests/support/factories.ts';
import { destroyBilanContentNow } from '../use-cases/destroy-bilan-content-now.ts';
import { signRetentionAgreement } from '../use-cases/sign-retention-agreement.ts';

export const lifecycleAuthorization = authorizationCases({
  async setUp(w) {
    const beneficiary = w.users.beneficiaryA;
    const person = await w.deps.db
      .selectFrom('users')
      .select(['first_name', 'last_name'])
      .where('id', '=', beneficiary.id)
      .executeTakeFirstOrThrow();
    const signedName = `${person.first_name} ${person.last_name}`;
    const ended = { phase: 'cloture' as const, phase_changed_at: new Date('2026-11-20T10:00:00Z') };
    // Two ended bilans of beneficiaryA (consultantA): one destroyed (its certificate), one not yet.
    const destroyed = await insertBilan(w.deps, w.A, beneficiary, ended);
    await destroyBilanContentNow(w.deps, { bilanId: destroyed, organisationId: w.A.id, reason: 'fin_du_bilan' });
    const pending = await insertBilan(w.deps, w.A, beneficiary, ended);
    // One agreement per person asking: each withdrawal names a fresh one.
    const agreements: string[] = [];
    for (let n = 0; n < EVERYONE.length; n++) {
      const { agreementId } = await signRetentionAgreement(
        w.deps,
        { ...beneficiary.actor, firstName: person.first_name, lastName: person.last_name },
        pending,
        { purpose: 'suivi', items: ['portfolio'], expiresOn: '2027-06-30', signedName, consent: true },
      );
      agreements.push(agreementId);
    }
    return { destroyed, pending, signedName, agreements };
  },
  cases: (w, f) => {
    let n = 0;
    const agreement = () => f.agreements[Math.min(n++, f.agreements.length - 1)]!;
    const readers = { anonymous: 401, consultantA: 200, beneficiaryA: 200, adminA: 200 };
    const beneficiaryOnly = {
      anonymous: 401,
      adminA: 403,
      adminB: 403,
      consultantA: 403,
      otherConsultantA: 403,
      consultantB: 403,
    };
    return [
      {
        method: 'GET',
        route: '/api/bilans/:id/lifecycle',
        path: () => `/api/bilans/${f.destroyed}/lifecycle`,
        expect: readers,
        otherwise: 404,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/lifecycle/certificate.pdf',
        path: () => `/api/bilans/${f.destroyed}/lifecycle/certificate.pdf`,
        expect: readers,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/lifecycle/agreements',
        path: () => `/api/bilans/${f.pending}/lifecycle/agreements`,
        body: () => ({
          purpose: 'transmission_cep',
          items: ['synthese'],
          expiresOn: '2028-01-31',
          signedName: f.signedName,
          consent: true,
        }),
        expect: { ...beneficiaryOnly, beneficiaryA: 200 },
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/lifecycle/agreements/:itemId/withdraw',
        path: () => `/api/bilans/${f.pending}/lifecycle/agreements/${agreement()}/withdraw`,
        expect: { ...beneficiaryOnly, beneficiaryA: 204 },
        otherwise: 404,
      },
    ];
  },
});
