/**
 * `npm run bench [-- name…]`: runs the benchmarks and writes bench/results.md.
 */
import { benchFoundation } from './foundation.ts';
import { benchCatalog } from './catalog.ts';
import { benchUi } from './ui.ts';
import { benchDashboards } from './dashboards.ts';
import { benchPortfolio } from './portfolio.ts';
import { benchSuggestions } from './suggestions.ts';
import { benchSynthese } from './synthese.ts';
import { benchExport } from './export.ts';
import { benchDestruction } from './destruction.ts';

const BENCHES: Record<string, () => Promise<void>> = {
  foundation: benchFoundation,
  // ROME catalogue (issue 4)
  catalog: benchCatalog,
  // The interface: first chunk and the dossier's first paint (issue 11)
  ui: benchUi,
  // The admin's list and the consultant's « Aujourd'hui » at 10,000 bilans (issue 11)
  dashboards: benchDashboards,
  // The parcours and competence portfolio (issue 12)
  portfolio: benchPortfolio,
  // Explained job suggestions: quality against the official mobilities, HTTP latency (issue 13)
  suggestions: benchSuggestions,
  // The synthesis's outputs: Typst PDF warm and cold against Chromium, and the DOCX (issue 14)
  synthese: benchSynthese,
  // The beneficiary's export of a full bilan as one zip (issue 15)
  export: benchExport,
  // The destruction sweep at the end of the bilan, 1,000 bilans (issue 15)
  destruction: benchDestruction,
};

const wanted = process.argv.slice(2);
for (const [name, bench] of Object.entries(BENCHES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== ${name}`);
  await bench();
}
console.log('\nRésultats écrits dans bench/results.md');
