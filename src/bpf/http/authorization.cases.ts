/** The authorisation matrix's cases for the BPF's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';

export const bpfAuthorization = authorizationCases({
  cases: (w) => {
    // Admins only, each for their own organisation: the figures are the organisation's.
    const admins = { anonymous: 401, adminA: 200, adminB: 200 };
    // A bilan's category: its organisation's admins and its consultant; beneficiaries 403.
    const category = {
      anonymous: 401,
      adminA: 200,
      consultantA: 200,
      beneficiaryA: 403,
      otherBeneficiaryA: 403,
      beneficiaryB: 403,
    };
    return [
      {
        method: 'GET',
        route: '/api/admin/bpf/:year',
        path: () => '/api/admin/bpf/2025',
        expect: admins,
        otherwise: 403,
      },
      {
        method: 'GET',
        route: '/api/admin/bpf/:year/bpf.csv',
        path: () => '/api/admin/bpf/2025/bpf.csv',
        expect: admins,
        otherwise: 403,
      },
      {
        method: 'GET',
        route: '/api/admin/bpf/:year/bpf.pdf',
        path: () => '/api/admin/bpf/2025/bpf.pdf',
        expect: admins,
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/admin/bpf/:year/filing',
        path: () => '/api/admin/bpf/2025/filing',
        body: () => ({ filedOn: '2026-05-20' }),
        expect: admins,
        otherwise: 403,
      },
      {
        method: 'POST',
        route: '/api/admin/bpf/:year/consultants/:id',
        path: () => `/api/admin/bpf/2025/consultants/${w.users.consultantA.id}`,
        body: () => ({ external: true }),
        // Another organisation's admin does not reach this consultant.
        expect: { anonymous: 401, adminA: 204, adminB: 404 },
        otherwise: 403,
      },
      {
        method: 'GET',
        route: '/api/admin/bpf-reminder',
        path: () => '/api/admin/bpf-reminder',
        expect: admins,
        otherwise: 403,
      },
      {
        method: 'GET',
        route: '/api/bilans/:id/beneficiary-category',
        path: () => `/api/bilans/${w.bilanA}/beneficiary-category`,
        expect: category,
        otherwise: 404,
      },
      {
        method: 'POST',
        route: '/api/bilans/:id/beneficiary-category',
        path: () => `/api/bilans/${w.bilanA}/beneficiary-category`,
        body: () => ({ category: 'salarie_prive' }),
        expect: category,
        otherwise: 404,
      },
    ];
  },
});
