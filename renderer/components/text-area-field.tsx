import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './cx';
import { Field } from './field';

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'aria-invalid' | 'aria-describedby'> {
  label: string;
  hint?: ReactNode;
  /** What is wrong: one line, or one per entry of a list. */
  error?: string | readonly string[];
  /** For names, scripts and the like: typed in the monospace font. */
  monospace?: boolean;
}

/** A labelled multi-line input with its hint and errors wired to it, as TextField does for one line. */
export const TextAreaField = ({ label, hint, error, monospace = false, className, rows = 3, ...textarea }: TextAreaFieldProps) => (
  <Field label={label} hint={hint} error={error} className={className}>
    {({ id, describedBy, invalid }) => (
      <textarea
        id={id}
        className={cx('field__input', 'field__textarea', monospace && 'field__textarea--mono')}
        rows={rows}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        {...textarea}
      />
    )}
  </Field>
);
