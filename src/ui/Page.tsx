/**
 * Every page: one h1 (the focus target after navigation) and the document title
 * "<title> — Sillage", prefixed with "Erreur" while a form on the page shows errors; and the
 * focus moved after an action inside a page (focusLater).
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

const PageErrorContext = createContext<(hasErrors: boolean) => void>(() => undefined);

export const PAGE_HEADING_ID = 'titre-page';

export function Page({ title, intro, children }: { title: string; intro?: ReactNode; children?: ReactNode }) {
  const [hasErrors, setHasErrors] = useState(false);
  useEffect(() => {
    document.title = `${hasErrors ? 'Erreur – ' : ''}${title} — Sillage`;
  }, [title, hasErrors]);
  return (
    <PageErrorContext.Provider value={setHasErrors}>
      <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
        {title}
      </h1>
      {intro ? <div className="intro">{intro}</div> : null}
      {children}
    </PageErrorContext.Provider>
  );
}

export function useReportPageErrors(): (hasErrors: boolean) => void {
  return useContext(PageErrorContext);
}

/** How long the target of focusLater may take to appear before focus is left where it is. */
const FOCUS_WAIT_MS = 3_000;
const FOCUS_STEP_MS = 50;

/**
 * Moves focus after an action that re-renders what was focused (an editor closed, a card moved).
 * The target may appear only after the list is fetched again; and by then the person may already
 * have moved on (opened the next editor, clicked elsewhere): focus follows the action only while it
 * is still where the action left it (the element that acted, or nowhere once that was removed).
 */
export function focusLater(id: string): void {
  const from = document.activeElement;
  let waited = 0;
  const attempt = () => {
    const current = document.activeElement;
    const untouched = current === null || current === document.body || current === from;
    if (!untouched) return;
    const target = document.getElementById(id);
    if (target) target.focus();
    else if ((waited += FOCUS_STEP_MS) < FOCUS_WAIT_MS) window.setTimeout(attempt, FOCUS_STEP_MS);
  };
  window.setTimeout(attempt, FOCUS_STEP_MS);
}
