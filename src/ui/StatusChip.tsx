/**
 * A state shown as a word in a coloured chip (design brief: never colour alone). The tone only
 * reinforces the word; every tone keeps a text contrast of at least 4.5:1.
 */
import type { ReactNode } from 'react';

export type ChipTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function StatusChip({ tone = 'neutral', children }: { tone?: ChipTone; children: ReactNode }) {
  return <span className={`chip chip-${tone}`}>{children}</span>;
}
