/**
 * Dialogs (react-aria Modal + Dialog): focus moves inside and stays there, Escape closes, focus
 * returns to what opened it, the page behind is hidden from screen readers.
 *
 * `ConfirmDialog` guards an irreversible action (sending answers, signing, closing, destroying):
 * it names the action, says what cannot be undone, and its confirm button looks like what it does
 * (`destructive` by default). Give it a trigger label to render its own button, or drive it with
 * `isOpen` / `onOpenChange`.
 */
import { useState, type ReactNode } from 'react';
import { Dialog as AriaDialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { TriangleAlert, type LucideIcon } from 'lucide-react';
import { ApiError } from './api.ts';
import { Button, type ButtonVariant } from './Button.tsx';

export function Dialog({
  title,
  children,
  isOpen,
  onOpenChange,
  className,
  isDismissable = true,
}: {
  title: ReactNode;
  children: ReactNode | ((close: () => void) => ReactNode);
  isOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
  className?: string;
  isDismissable?: boolean;
}) {
  const controlled = isOpen === undefined ? {} : { isOpen };
  return (
    <ModalOverlay
      className="modal-overlay"
      isDismissable={isDismissable}
      isKeyboardDismissDisabled={false}
      {...controlled}
      {...(onOpenChange ? { onOpenChange } : {})}
    >
      <Modal className="modal">
        <AriaDialog className={['dialog', className].filter(Boolean).join(' ')}>
          {({ close }) => (
            <>
              <Heading slot="title">{title}</Heading>
              {typeof children === 'function' ? children(close) : children}
            </>
          )}
        </AriaDialog>
      </Modal>
    </ModalOverlay>
  );
}

export interface ConfirmDialogProps {
  /** The question, as the dialog's title: « Supprimer ce cahier ? » */
  title: string;
  /** What cannot be undone, said plainly: « Ses réponses seront effacées définitivement. » */
  irreversible: ReactNode;
  /** More context, if any (what happens next, who is told). */
  children?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Runs the action; the dialog stays open (with the error) if it throws or rejects. */
  onConfirm: () => void | Promise<unknown>;
  tone?: Extract<ButtonVariant, 'destructive' | 'primary'>;
  /** Renders its own opening button with this label. */
  triggerLabel?: string;
  triggerIcon?: LucideIcon;
  triggerVariant?: ButtonVariant;
  isOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const { triggerLabel, triggerIcon, triggerVariant = props.tone === 'primary' ? 'primary' : 'destructive' } = props;
  const dialog = <ConfirmDialogBody {...props} />;
  if (!triggerLabel) return dialog;
  return (
    <DialogTrigger {...(props.isOpen === undefined ? {} : { isOpen: props.isOpen })} onOpenChange={props.onOpenChange}>
      <Button variant={triggerVariant} icon={triggerIcon}>
        {triggerLabel}
      </Button>
      {dialog}
    </DialogTrigger>
  );
}

function ConfirmDialogBody({
  title,
  irreversible,
  children,
  confirmLabel,
  cancelLabel = 'Annuler',
  onConfirm,
  tone = 'destructive',
  triggerLabel,
  isOpen,
  onOpenChange,
}: ConfirmDialogProps) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Inside a DialogTrigger the trigger drives the state; otherwise the caller does.
  const state = triggerLabel ? {} : { isOpen, onOpenChange };
  return (
    <Dialog
      title={
        <>
          {tone === 'destructive' ? <TriangleAlert aria-hidden="true" /> : null}
          {title}
        </>
      }
      className={tone === 'destructive' ? 'dialog-danger' : undefined}
      isDismissable={!pending}
      {...state}
    >
      {(close) => (
        <>
          {error ? (
            <div role="alert" className="notice notice-error">
              <p>{error}</p>
            </div>
          ) : null}
          <p className="dialog-irreversible">{irreversible}</p>
          {children}
          <div className="dialog-actions">
            <Button variant="secondary" onPress={close} isDisabled={pending}>
              {cancelLabel}
            </Button>
            <Button
              variant={tone}
              isPending={pending}
              onPress={async () => {
                setError(null);
                setPending(true);
                try {
                  await onConfirm();
                  close();
                } catch (cause) {
                  setError(
                    cause instanceof ApiError ? cause.message : 'L’action n’a pas abouti. Réessayez dans un instant.',
                  );
                } finally {
                  setPending(false);
                }
              }}
            >
              {confirmLabel}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
