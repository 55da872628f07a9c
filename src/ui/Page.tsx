/**
 * Every page: one h1 (the focus target after navigation) and the document title
 * "<title> — Sillage", prefixed with "Erreur" while a form on the page shows errors.
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
