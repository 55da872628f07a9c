/** The worksheet library's query keys (decision 021): the library, an own worksheet, a model's preview. */
export const worksheetKeys = {
  all: ['worksheets'] as const,
  /** Models, instruments and the consultant's own worksheets. */
  library: ['worksheets', 'library'] as const,
  worksheet: (id: string) => ['worksheets', 'worksheet', id] as const,
  model: (modelId: string) => ['worksheets', 'model', modelId] as const,
};
