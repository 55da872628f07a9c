/** The BPF's pre-fill as a printable PDF (the documents' Typst layout). Aggregates only. */
import { parisDate } from '../../platform/clock.ts';
import type { Actor, Deps } from '../../platform/deps.ts';
import type { FileAnswer } from '../../shared/api/endpoint.ts';
import { parsePlainDate } from '../../shared/calendar/plain-date.ts';
import { bpfFileName, bpfPdf } from '../domain/export.ts';
import { loadBpf } from './load-bpf.ts';

export async function exportBpfPdf(deps: Deps, actor: Actor, year: string): Promise<FileAnswer> {
  const view = await loadBpf(deps, actor, year);
  const pdf = deps.pdf.render(
    bpfPdf(
      view.figures,
      view.organisation,
      parsePlainDate(parisDate(deps.clock.now())),
      view.filing ? parsePlainDate(view.filing.filedOn) : null,
    ),
  );
  return {
    bytes: pdf,
    filename: bpfFileName(view.figures.year.year, 'pdf'),
    contentType: 'application/pdf',
    disposition: 'attachment',
  };
}
