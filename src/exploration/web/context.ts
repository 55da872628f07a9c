/**
 * What every part of the pistes workspace shares: the bilan, whether changes are still possible,
 * who looks (the beneficiary or the consultant: the words and a few actions change), the
 * exploration as last read, and the way to read it again after a change.
 */
import { createContext, useContext, useState } from 'react';
import type { z } from 'zod';
import { useItemAutosave, type ItemKind, type Saved } from '../../portfolio/web/autosave.tsx';
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

/**
 * The autosave of an exploration editor (piste, training need, enquête): the portfolio's engine
 * with the exploration's drafts and 409, editable while the bilan is open, the exploration read
 * again after each save. `isNew` holds until the first save.
 */
export function useExplorationAutosave<F extends object, V extends Saved>(options: {
  kind: ItemKind;
  id: string;
  /** The saved item; null for a new one. */
  view: V | null;
  /** A new item's first values. */
  initial: F;
  fromView: (view: V) => F;
  toBody: (form: F, revision: number) => unknown;
  schema: z.ZodType;
  save: (body: unknown) => Promise<V>;
  /** The piste a training need or an enquête belongs to (kept with its draft). */
  parentId?: string;
}) {
  const { bilanId, editable, refresh } = useExploration();
  const [isNew, setIsNew] = useState(options.view === null);
  const autosave = useItemAutosave<F, V>({
    bilanId,
    kind: options.kind,
    id: options.id,
    serverRevision: options.view?.revision ?? 0,
    initial: options.view ? options.fromView(options.view) : options.initial,
    toBody: options.toBody,
    ...(options.parentId ? { parentId: options.parentId } : {}),
    schema: options.schema,
    save: options.save,
    fromView: options.fromView,
    onSaved: () => {
      setIsNew(false);
      void refresh();
    },
    enabled: editable,
    ...EXPLORATION_AUTOSAVE,
  });
  return { ...autosave, isNew };
}

export { focusLater } from '../../ui/Page.tsx';

/** The heading id of a piste's card (focused after an edit, linked from the chart and suggestions). */
export const pisteAnchor = (pisteId: string) => `piste-${pisteId}`;
