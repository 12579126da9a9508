import { Search, X } from 'lucide-react';
import { useId } from 'react';
import './search-field.css';

export interface SearchFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/** A search box that filters as you type; Escape or the clear button empties it. */
export const SearchField = ({ label, value, onChange, placeholder }: SearchFieldProps) => {
  const id = useId();
  return (
    <div className="search-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <Search aria-hidden="true" className="search-field__icon" />
      <input
        id={id}
        type="search"
        className="search-field__input"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            event.stopPropagation();
            onChange('');
          }
        }}
      />
      {value === '' ? null : (
        <button type="button" className="search-field__clear" aria-label="Clear search" onClick={() => onChange('')}>
          <X />
        </button>
      )}
    </div>
  );
};
