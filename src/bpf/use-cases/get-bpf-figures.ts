/** The admin reads the BPF's figures of a financial year (decision 051). */
import type { Actor, Deps } from '../../platform/deps.ts';
import type { BpfView } from '../contracts/schemas.ts';
import { loadBpf } from './load-bpf.ts';

export function getBpfFigures(deps: Deps, actor: Actor, year: string): Promise<BpfView> {
  return loadBpf(deps, actor, year);
}
