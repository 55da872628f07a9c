/** The BPF's pre-fill as a CSV for Excel (UTF-8 with BOM, `;`, decimal comma). Aggregates only. */
import type { Actor, Deps } from '../../platform/deps.ts';
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { bpfCsv, bpfFileName } from '../domain/export.ts';
import { loadBpf } from './load-bpf.ts';

export async function exportBpfCsv(deps: Deps, actor: Actor, year: string): Promise<FileAnswer> {
  const view = await loadBpf(deps, actor, year);
  return {
    bytes: Buffer.from(bpfCsv(view.figures, view.organisation), 'utf8'),
    filename: bpfFileName(view.figures.year.year, 'csv'),
    contentType: 'text/csv; charset=utf-8',
    disposition: 'attachment',
  };
}
