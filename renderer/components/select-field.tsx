import { ChevronDown } from 'lucide-react';
import { useId } from 'react';
import { cx } from './cx';
import './select-field.css';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** The label stays for assistive technology only; the first option says what the select is. */
  hideLabel?: boolean;
  className?: string;
}

/** A native select (keyboard, type-ahead and the platform's own popup for free), styled as a compact control. */
export const SelectField = ({ label, value, options, onChange, hideLabel = false, className }: SelectFieldProps) => {
  const id = useId();
  return (
    <div className={cx('select-field', className)}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'select-field__label'}>
        {label}
      </label>
      <div className="select-field__control">
        <select id={id} className="select-field__select" data-active={value !== '' || undefined} value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <ChevronDown aria-hidden="true" className="select-field__chevron" />
      </div>
    </div>
  );
};
