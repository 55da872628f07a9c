/**
 * What every part of the consultant's synthesis shares: the bilan, the synthesis as last read, the
 * way to read it again, and the open section editors (publishing first sends what each still holds).
 */
import { createContext, useContext } from 'react';
import type { SyntheseDraftSectionView, SyntheseSectionKey, SyntheseView } from '../contracts/schemas.ts';

/** What the publish action asks of a section's editor before publishing. */
export interface EditorHandle {
  /** Sends what is typed now; resolves once the server has it or it could not be sent. */
  flush: () => Promise<unknown>;
  hasUnsent: () => boolean;
}

export interface SyntheseContextValue {
  bilanId: string;
  synthese: SyntheseView;
  refresh: () => Promise<unknown>;
  /** Puts a section as the server sent it back into the synthesis read (no round trip). */
  replaceSection: (section: SyntheseDraftSectionView) => void;
  editors: Map<SyntheseSectionKey, EditorHandle>;
}

export const SyntheseContext = createContext<SyntheseContextValue | null>(null);

export function useSynthese(): SyntheseContextValue {
  const value = useContext(SyntheseContext);
  if (!value) throw new Error('useSynthese outside SyntheseWorkspace');
  return value;
}

export { focusLater } from '../../ui/Page.tsx';

export const sectionAnchor = (key: SyntheseSectionKey) => `synthese-partie-${key}`;

/** The sections' editors keep their unsent text in this browser under this scope. */
export const SYNTHESE_DRAFT_SCOPE = 'synthese';
