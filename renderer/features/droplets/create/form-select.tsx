import { ChevronDown } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import '../../../components/field.css';
import '../../../components/select-field.css';

export interface FormSelectOption {
  value: string;
  label: string;
}

export interface FormSelectGroup {
  label: string;
  options: readonly FormSelectOption[];
}

export interface FormSelectProps {
  label: string;
  value: string;
  /** The first, empty option: what to do (`Choose a region`). */
  placeholder: string;
  /** Options in labelled groups (`optgroup`), or one plain list. */
  groups: readonly FormSelectGroup[];
  onChange: (value: string) => void;
  hint?: ReactNode;
  disabled?: boolean;
}

/**
 * A form's labelled native select, label above like the text fields, with optional groups. The shared
 * SelectField is the toolbar's compact filter (label beside, no groups, no hint).
 */
export const FormSelect = ({ label, value, placeholder, groups, onChange, hint, disabled = false }: FormSelectProps) => {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="select-field__control">
        <select
          id={id}
          className="select-field__select create-droplet__select"
          value={value}
          disabled={disabled}
          aria-describedby={hint ? hintId : undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{placeholder}</option>
          {groups.map((group) =>
            group.label === '' ? (
              group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))
            ) : (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ),
          )}
        </select>
        <ChevronDown aria-hidden="true" className="select-field__chevron" />
      </div>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
};
