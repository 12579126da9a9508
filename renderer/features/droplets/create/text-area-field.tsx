import { CircleAlert } from 'lucide-react';
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import '../../../components/field.css';

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'aria-invalid' | 'aria-describedby'> {
  label: string;
  hint?: ReactNode;
  /** What is wrong: one line, or one per entry of a list. */
  errors?: readonly string[];
}

/** A labelled textarea with its hint and errors wired to it, as TextField does for one line. */
export const TextAreaField = ({ label, hint, errors = [], className, ...textarea }: TextAreaFieldProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [errors.length > 0 ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        className="field__input create-droplet__textarea"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...textarea}
      />
      {errors.length > 0 ? (
        <div id={errorId}>
          {errors.map((error) => (
            <p key={error} className="field__error">
              <CircleAlert aria-hidden="true" />
              {error}
            </p>
          ))}
        </div>
      ) : null}
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};
