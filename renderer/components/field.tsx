import { CircleAlert } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import { cx } from './cx';
import './field.css';

/** What a field's control needs to be wired to its label, hint and error. */
export interface FieldControl {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

export interface FieldProps {
  label: string;
  /** Help that stays under the field. */
  hint?: ReactNode;
  /** What is wrong with the value, or one line per wrong entry; read out with the field and marks it invalid. */
  error?: string | readonly string[];
  className?: string;
  children: (control: FieldControl) => ReactNode;
}

/** A label, a control, and its hint and error wired to it (aria-describedby, aria-invalid) for assistive technology. */
export const Field = ({ label, hint, error, className, children }: FieldProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = typeof error === 'string' ? error !== '' : error !== undefined && error.length > 0;
  const describedBy = [hasError ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ');

  return (
    <div className={cx('field', className)}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children({ id, describedBy: describedBy || undefined, invalid: hasError ? true : undefined })}
      {!hasError ? null : typeof error === 'string' ? (
        <p id={errorId} className="field__error">
          <CircleAlert aria-hidden="true" />
          {error}
        </p>
      ) : (
        <div id={errorId}>
          {error?.map((line) => (
            <p key={line} className="field__error">
              <CircleAlert aria-hidden="true" />
              {line}
            </p>
          ))}
        </div>
      )}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};
