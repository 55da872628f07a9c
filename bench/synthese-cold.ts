/**
 * One cold render of the synthesis, for `bench/synthese.ts`: a fresh Node process (started as the
 * app is, `node --import tsx`) loads the renderer, renders the twelve-page fixture once and prints
 * its timings as one JSON line: module loading, the first render (compiler creation, fonts, first
 * compilation) and the PDF's size. The parent times the whole process from spawn to that line.
 */
const started = performance.now();
const { renderPdf } = await import('../src/platform/pdf/typst.ts');
const { buildSynthesePdf } = await import('../src/synthese/domain/synthese-pdf.ts');
const { sampleSyntheseContent } = await import('../src/synthese/domain/fixture.ts');
const loaded = performance.now();
const pdf = renderPdf(buildSynthesePdf(sampleSyntheseContent()));
const rendered = performance.now();
process.stdout.write(
  JSON.stringify({
    loadMs: loaded - started,
    renderMs: rendered - loaded,
    bytes: pdf.length,
    sinceProcessStartMs: rendered,
  }) + '\n',
);

export {};
