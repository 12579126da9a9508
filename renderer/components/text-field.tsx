import type { ComponentPropsWithRef, ReactNode } from 'react';
import { Field } from './field';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'aria-invalid' | 'aria-describedby'> {
  label: string;
  /** Help that stays under the field. */
  hint?: ReactNode;
  /** What is wrong with the value; read out with the field (aria-describedby) and marks it invalid. */
  error?: string;
}

/** A labelled text input with its hint and error wired to it for assistive technology. */
export const TextField = ({ label, hint, error, className, ...input }: TextFieldProps) => (
  <Field label={label} hint={hint} error={error} className={className}>
    {({ id, describedBy, invalid }) => <input id={id} className="field__input" aria-invalid={invalid} aria-describedby={describedBy} {...input} />}
  </Field>
);
