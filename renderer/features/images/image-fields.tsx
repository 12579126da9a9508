import { CircleAlert } from 'lucide-react';
import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import '../../components/field.css';

interface FieldFrameProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  children: (control: { id: string; describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
}

/** A label, a control, and its hint and error wired to it, as TextField lays them out. */
const FieldFrame = ({ label, hint, error, children }: FieldFrameProps) => {
  const id = useId();
  const describedBy = [error ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children({ id, describedBy, invalid: error ? true : undefined })}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          <CircleAlert aria-hidden="true" />
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};

export interface FormSelectProps {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
}

/** A full-width native select for a form (SelectField is the toolbar's compact filter). */
export const FormSelect = ({ label, value, options, onChange, hint, error }: FormSelectProps) => (
  <FieldFrame label={label} hint={hint} error={error}>
    {({ id, describedBy, invalid }) => (
      <select id={id} className="field__input" value={value} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )}
  </FieldFrame>
);

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id' | 'aria-invalid' | 'aria-describedby'> {
  label: string;
  hint?: ReactNode;
  error?: string;
}

/** A labelled multi-line input, for descriptions. */
export const TextAreaField = ({ label, hint, error, ...textarea }: TextAreaFieldProps) => (
  <FieldFrame label={label} hint={hint} error={error}>
    {({ id, describedBy, invalid }) => (
      <textarea id={id} className="field__input image-textarea" rows={3} aria-describedby={describedBy} aria-invalid={invalid} {...textarea} />
    )}
  </FieldFrame>
);
