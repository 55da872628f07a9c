/**
 * A form that opens on demand (design brief: "Forms open on demand, never stacked empty"): a
 * button, then a panel with its heading, the form and « Fermer ». Opening moves focus to the
 * panel's heading; closing by « Fermer » returns it to the button. After a successful change the
 * owner calls `close` and the dossier's confirmation takes focus where the person is.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './dossier.css';

export function OnDemand({
  opener,
  title,
  level = 3,
  initiallyOpen = false,
  openOnHash,
  children,
}: {
  /** The button's words, e.g. « Enregistrer un résultat ». */
  opener: ReactNode;
  /** The panel's heading. */
  title: ReactNode;
  level?: 3 | 4;
  /** Open from the start (a draft is waiting in it). */
  initiallyOpen?: boolean;
  /**
   * Opens when the address's fragment names an element inside the panel (a link elsewhere on the
   * page, e.g. the documents' « Compléter les informations de financement », points into the form).
   */
  openOnHash?: string;
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(() => initiallyOpen || (openOnHash !== undefined && location.hash === openOnHash));
  const [focus, setFocus] = useState<'heading' | 'opener' | 'target' | null>(null);
  useEffect(() => {
    if (!openOnHash) return;
    const follow = () => {
      if (location.hash !== openOnHash) return;
      setOpen(true);
      setFocus('target');
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [openOnHash]);
  const heading = useRef<HTMLHeadingElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    if (focus === 'heading') heading.current?.focus();
    if (focus === 'opener') button.current?.focus();
    if (focus === 'target' && openOnHash) {
      document.getElementById(openOnHash.slice(1))?.scrollIntoView();
      heading.current?.focus({ preventScroll: true });
    }
    if (focus) setFocus(null);
  }, [focus, openOnHash]);
  if (!open) {
    return (
      <button
        ref={button}
        type="button"
        className="button secondary on-demand-opener"
        aria-expanded={false}
        onClick={() => {
          setOpen(true);
          setFocus('heading');
        }}
      >
        {opener}
      </button>
    );
  }
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="on-demand-panel" role="group" aria-labelledby={id}>
      <Heading id={id} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {children(() => setOpen(false))}
      <p>
        <button
          type="button"
          className="button link-like"
          onClick={() => {
            setOpen(false);
            setFocus('opener');
          }}
        >
          Fermer sans enregistrer
        </button>
      </p>
    </div>
  );
}
