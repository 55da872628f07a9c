/** The authorisation matrix's cases for this capability's routes (run by `src/app/authorization.db.test.ts`). */
import { authorizationCases } from '../../../tests/support/authorization.ts';

export const catalogAuthorization = authorizationCases({
  cases: (_w) => [
    { method: 'GET', route: '/api/catalog', path: () => '/api/catalog', expect: {}, otherwise: 200 },
    {
      method: 'GET',
      route: '/api/catalog/search',
      path: () => '/api/catalog/search?q=boulanger',
      expect: {},
      otherwise: 200,
    },
    {
      method: 'GET',
      route: '/api/catalog/skills/search',
      path: () => '/api/catalog/skills/search?q=pain',
      expect: {},
      otherwise: 200,
    },
    {
      method: 'GET',
      route: '/api/catalog/fiches/:code',
      path: () => '/api/catalog/fiches/D1102',
      expect: {},
      otherwise: 404,
    },
    {
      // Public and stateless: everyone gets an answer (empty and explained without a catalogue).
      method: 'POST',
      route: '/api/catalog/suggestions',
      path: () => '/api/catalog/suggestions',
      body: () => ({ skills: ['100007', '300460'], riasec: 'SIA', limit: 5 }),
      expect: {},
      otherwise: 200,
    },
  ],
});
