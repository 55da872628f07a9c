/**
 * The house button (react-aria: press, keyboard, pending and disabled states handled alike in
 * every browser). Four variants: `primary` (the page's main action), `secondary`, `quiet` (in
 * toolbars and tables) and `destructive` (irreversible: pair it with `ConfirmDialog`).
 * An icon is decorative: the words of the button are its name. An icon-only button needs
 * `aria-label`.
 */
import type { LucideIcon } from 'lucide-react';
import { LoaderCircle } from 'lucide-react';
import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';
import type { ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'destructive';

export interface ButtonProps extends Omit<AriaButtonProps, 'className' | 'children'> {
  variant?: ButtonVariant;
  icon?: LucideIcon;
  size?: 'small';
  children?: ReactNode;
  /** Extra class names (layout only: margins, alignment). */
  className?: string;
}

export function Button({ variant = 'secondary', icon: Icon, size, children, className, ...props }: ButtonProps) {
  const classes = ['button', variant, size, !children ? 'icon-only' : null, className].filter(Boolean).join(' ');
  return (
    <AriaButton {...props} className={classes}>
      {props.isPending ? (
        <>
          <LoaderCircle aria-hidden="true" className="spinner" />
          {children}
          <span className="visually-hidden"> (en cours)</span>
        </>
      ) : (
        <>
          {Icon ? <Icon aria-hidden="true" /> : null}
          {children}
        </>
      )}
    </AriaButton>
  );
}
