import { KeyRound, MemoryStick, TriangleAlert } from 'lucide-react';
import { useId } from 'react';
import type { KeychainAvailability, RequestableStorage } from '../../../shared/account-types';
import './storage-field.css';

export interface StorageFieldProps {
  value: RequestableStorage;
  onChange: (storage: RequestableStorage) => void;
  /** Unknown while the accounts list loads; the keychain is offered until it says otherwise. */
  keychain: KeychainAvailability | undefined;
}

const options = [
  {
    value: 'keychain',
    icon: KeyRound,
    title: 'Keychain',
    description: "Saved in your operating system's keychain, so the panel remembers the account next time.",
  },
  {
    value: 'session',
    icon: MemoryStick,
    title: 'This session only',
    description: 'Kept in memory until the panel quits; never written to disk.',
  },
] as const;

/** Where the new token goes. Native radios under the cards: arrow keys and form semantics come free. */
export const StorageField = ({ value, onChange, keychain }: StorageFieldProps) => {
  const id = useId();
  const explanationId = `${id}-explanation`;
  const unavailable = keychain?.available === false ? keychain : undefined;

  return (
    <fieldset className="storage-field" aria-describedby={unavailable ? explanationId : undefined}>
      <legend className="storage-field__legend">Keep the token in</legend>
      <div className="storage-field__options">
        {options.map(({ value: option, icon: Icon, title, description }) => {
          const disabled = option === 'keychain' && unavailable !== undefined;
          const titleId = `${id}-${option}-title`;
          const descriptionId = `${id}-${option}-description`;
          return (
            <label key={option} className="storage-option" data-disabled={disabled || undefined}>
              <input
                type="radio"
                name="storage"
                value={option}
                className="storage-option__input"
                checked={value === option}
                disabled={disabled}
                onChange={() => onChange(option)}
                // Named by the title alone; the rest of the card describes it.
                aria-labelledby={titleId}
                aria-describedby={disabled ? explanationId : descriptionId}
              />
              <Icon className="storage-option__icon" aria-hidden="true" />
              <span className="storage-option__text">
                <span id={titleId} className="storage-option__title">
                  {title}
                  {disabled ? <span className="storage-option__note"> (unavailable)</span> : null}
                </span>
                {disabled ? (
                  // What the main side found, and what the user can do about it, in its own words.
                  <span id={explanationId} className="storage-option__explanation">
                    <TriangleAlert aria-hidden="true" />
                    {unavailable.explanation}
                  </span>
                ) : (
                  <span id={descriptionId} className="storage-option__description">
                    {description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
};
