/**
 * Whether Sillage still needs its first set-up (no organisation yet).
 */
import type { Deps } from '../../platform/deps.ts';
import { anyOrganisationExists } from '../../organisation/data/organisation-repository.ts';

export async function readSetupStatus(deps: Deps): Promise<{ required: boolean }> {
  return { required: !(await anyOrganisationExists(deps.db)) };
}
