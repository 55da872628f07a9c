/**
 * What every part of the pistes workspace shares: the bilan, whether changes are still possible,
 * who looks (the beneficiary or the consultant: the words and a few actions change), the
 * exploration as last read, and the way to read it again after a change.
 */
import { createContext, useContext } from 'react';
import type { ExplorationView } from '../contracts/schemas.ts';

export type Viewer = 'beneficiary' | 'consultant';

export interface ExplorationContextValue {
  bilanId: string;
  /** False once the bilan has ended: everything reads, nothing changes. */
  editable: boolean;
  viewer: Viewer;
  exploration: ExplorationView;
  /** Reads the exploration (and the suggestions, which depend on it) again after a change. */
  refresh: () => Promise<unknown>;
}

export const ExplorationContext = createContext<ExplorationContextValue | null>(null);

export function useExploration(): ExplorationContextValue {
  const value = useContext(ExplorationContext);
  if (!value) throw new Error('useExploration outside ExplorationWorkspace');
  return value;
}

/** The options of the autosave shared by the exploration's editors (portfolio/web/autosave.tsx). */
export const EXPLORATION_AUTOSAVE = { draftScope: 'pistes', staleCode: 'exploration_stale' } as const;

/** Focuses an element by id once React has rendered it (after an action moved things). */
export function focusLater(id: string): void {
  window.setTimeout(() => document.getElementById(id)?.focus(), 50);
}

/** The heading id of a piste's card (focused after an edit, linked from the chart and suggestions). */
export const pisteAnchor = (pisteId: string) => `piste-${pisteId}`;
