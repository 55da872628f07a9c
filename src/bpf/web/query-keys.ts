/** The BPF's query keys (decision 021). */
export const bpfKeys = {
  all: ['bpf'] as const,
  year: (year: number) => ['bpf', 'year', year] as const,
  reminder: ['bpf', 'reminder'] as const,
  category: (bilanId: string) => ['bpf', 'category', bilanId] as const,
};
