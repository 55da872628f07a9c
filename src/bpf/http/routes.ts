/** The BPF (decision 051): thin handlers, one use case each. */
import { endpointRoutes } from '../../platform/http/endpoints.ts';
import { bpfEndpoints as e } from '../contracts/endpoints.ts';
import { exportBpfCsv } from '../use-cases/export-bpf-csv.ts';
import { exportBpfPdf } from '../use-cases/export-bpf-pdf.ts';
import { getBeneficiaryCategory } from '../use-cases/get-beneficiary-category.ts';
import { getBpfFigures } from '../use-cases/get-bpf-figures.ts';
import { getBpfReminder } from '../use-cases/get-bpf-reminder.ts';
import { recordBpfFiling } from '../use-cases/record-bpf-filing.ts';
import { setBeneficiaryCategory } from '../use-cases/set-beneficiary-category.ts';
import { setConsultantStatus } from '../use-cases/set-consultant-status.ts';

export const bpfRoutes = endpointRoutes()
  .on(e.reminder, ({ deps, actor }) => getBpfReminder(deps, actor()))
  .on(e.csv, ({ deps, actor, params }) => exportBpfCsv(deps, actor(), params.year))
  .on(e.pdf, ({ deps, actor, params }) => exportBpfPdf(deps, actor(), params.year))
  .on(e.figures, ({ deps, actor, params }) => getBpfFigures(deps, actor(), params.year))
  .on(e.file, ({ deps, actor, params, body }) => recordBpfFiling(deps, actor(), params.year, body))
  .on(e.consultantStatus, ({ deps, actor, params, body }) =>
    setConsultantStatus(deps, actor(), params.year, params.id, body),
  )
  .on(e.category, ({ deps, actor, params }) => getBeneficiaryCategory(deps, actor(), params.id))
  .on(e.setCategory, ({ deps, actor, params, body }) => setBeneficiaryCategory(deps, actor(), params.id, body)).app;
