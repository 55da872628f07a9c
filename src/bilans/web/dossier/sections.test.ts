import { describe, expect, it } from 'vitest';
import { urlOf } from '../../../ui/api.ts';
import { bilanEndpoints } from '../../contracts/endpoints.ts';
import { bilanDetailUrl } from './sections.ts';

describe('the dossier prefetch', () => {
  it('asks for the very address the dossier then calls for the bilan’s detail', () => {
    for (const id of ['0a8f3c9e-2d1b-4c5a-9e7f-1b2c3d4e5f60', 'x/../y z']) {
      expect(bilanDetailUrl(id)).toBe(urlOf(bilanEndpoints.get, { params: { id } }));
    }
  });
});
