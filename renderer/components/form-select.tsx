import { ChevronDown } from 'lucide-react';
import type { ReactNode } from 'react';
import { Field } from './field';
import type { SelectOption } from './select-field';
import './select-field.css';
import './form-select.css';

export type FormSelectOption = SelectOption;

export interface FormSelectGroup {
  label: string;
  options: readonly FormSelectOption[];
}

export interface FormSelectProps {
  label: string;
  value: string;
  /** The options in one plain list; `groups` instead puts them in labelled groups (`optgroup`). */
  options?: readonly FormSelectOption[];
  /** Options in labelled groups; a group labelled '' is a plain run of options. */
  groups?: readonly FormSelectGroup[];
  /** A first, empty option saying what to do (`Choose a region`). */
  placeholder?: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  disabled?: boolean;
}

const optionList = (options: readonly FormSelectOption[]) =>
  options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));

/**
 * A form's labelled native select, label above like the text fields, with optional groups. The
 * SelectField is the toolbar's compact filter (label beside, no groups, no hint).
 */
export const FormSelect = ({ label, value, options = [], groups = [], placeholder, onChange, hint, error, disabled = false }: FormSelectProps) => (
  <Field label={label} hint={hint} error={error}>
    {({ id, describedBy, invalid }) => (
      <div className="select-field__control">
        <select
          id={id}
          className="select-field__select form-select"
          value={value}
          disabled={disabled}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder === undefined ? null : <option value="">{placeholder}</option>}
          {optionList(options)}
          {groups.map((group) =>
            group.label === '' ? (
              optionList(group.options)
            ) : (
              <optgroup key={group.label} label={group.label}>
                {optionList(group.options)}
              </optgroup>
            ),
          )}
        </select>
        <ChevronDown aria-hidden="true" className="select-field__chevron" />
      </div>
    )}
  </Field>
);
