/**
 * Toasts: a short confirmation where the person is looking, announced by screen readers.
 * `useToast()` returns `(message, tone?) => void`; the provider is mounted once by the app.
 *
 * react-aria-components 1.22 ships its toasts as UNSTABLE_ only, so this is a small live region
 * of our own (decision 032): two visually hidden live regions always present in the page (polite
 * for information, assertive for a failure) carry the words; the visible toast, with its
 * « Fermer le message » button, sits in a « Notifications » region while it is shown. A toast stays 6 s, longer while
 * the pointer or the focus is on it (WCAG 2.2.1), and goes at once when closed.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CircleAlert, CircleCheck, Info, TriangleAlert, X, type LucideIcon } from 'lucide-react';
import type { ChipTone } from './StatusChip.tsx';

export type ToastTone = Exclude<ChipTone, 'neutral'>;

interface ToastItem {
  id: number;
  message: string;
  tone: ToastTone;
}

type ShowToast = (message: string, tone?: ToastTone) => void;

const ToastContext = createContext<ShowToast | null>(null);

export const TOAST_DURATION_MS = 6000;

const ICONS: Record<ToastTone, LucideIcon> = {
  info: Info,
  success: CircleCheck,
  warning: TriangleAlert,
  danger: CircleAlert,
};

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const next = useRef(1);
  const show = useCallback<ShowToast>((message, tone = 'success') => {
    const id = next.current++;
    // At most three at once: the oldest goes first.
    setToasts((current) => [...current.slice(-2), { id, message, tone }]);
  }, []);
  const close = useCallback((id: number) => setToasts((current) => current.filter((t) => t.id !== id)), []);
  const polite = toasts.filter((t) => t.tone !== 'danger');
  const assertive = toasts.filter((t) => t.tone === 'danger');
  return (
    <ToastContext.Provider value={show}>
      {children}
      {/* What screen readers announce: the words only, in regions present from the start. */}
      <div className="visually-hidden" role="status" aria-live="polite">
        {polite.map((toast) => (
          <p key={toast.id}>{toast.message}</p>
        ))}
      </div>
      <div className="visually-hidden" role="alert" aria-live="assertive">
        {assertive.map((toast) => (
          <p key={toast.id}>{toast.message}</p>
        ))}
      </div>
      {toasts.length > 0 ? (
        <section className="toast-region" aria-label="Notifications">
          {toasts.map((toast) => (
            <Toast key={toast.id} toast={toast} onClose={close} />
          ))}
        </section>
      ) : null}
    </ToastContext.Provider>
  );
}

function Toast({ toast, onClose }: { toast: ToastItem; onClose: (id: number) => void }) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => onClose(toast.id), TOAST_DURATION_MS);
    return () => clearTimeout(timer);
  }, [held, onClose, toast.id]);
  const Icon = ICONS[toast.tone];
  return (
    <div
      className={`toast toast-${toast.tone}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <Icon aria-hidden="true" />
      <p>{toast.message}</p>
      <button type="button" className="button quiet small icon-only" onClick={() => onClose(toast.id)}>
        <X aria-hidden="true" />
        <span className="visually-hidden">Fermer le message</span>
      </button>
    </div>
  );
}

/** `toast('Séance enregistrée.')`, or with a tone: `toast('Envoi impossible.', 'danger')`. */
export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  return useMemo(
    () =>
      show ??
      (() => {
        throw new Error('useToast needs <ToastProvider> (mounted by the app).');
      }),
    [show],
  );
}
