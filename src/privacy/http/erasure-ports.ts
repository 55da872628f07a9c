/**
 * The ports an erasure answer calls (decision 048), wired once by the app. `destroyBilanContent`
 * is where the lifecycle capability's immediate destruction of a bilan's content plugs in; until it
 * is set, an erasure of a beneficiary records the answer and the register shows the bilan's content
 * as still to destroy.
 */
import type { ErasurePorts } from '../use-cases/answer-privacy-request.ts';

export const erasurePorts: ErasurePorts = {};
