import { Monitor, Moon, Sun, type LucideIcon } from 'lucide-react';
import { cx } from '../../components/cx';
import { useThemeActions, useThemePreference, type ThemePreference } from '../../stores/theme-store';
import './theme-field.css';

const options: ReadonlyArray<{ value: ThemePreference; label: string; icon: LucideIcon }> = [
  { value: 'system', label: 'System', icon: Monitor },
  { value: 'light', label: 'Light', icon: Sun },
  { value: 'dark', label: 'Dark', icon: Moon },
];

/** A miniature of the app in one look; `split` shows only its lower-right half, over the other look. */
const PreviewWindow = ({ look, split = false }: { look: 'light' | 'dark'; split?: boolean }) => (
  <span className={cx('theme-option__window', `theme-option__window--${look}`, split && 'theme-option__window--split')}>
    <span className="theme-option__sidebar" />
    <span className="theme-option__content">
      <span className="theme-option__line theme-option__line--accent" />
      <span className="theme-option__line" />
      <span className="theme-option__line theme-option__line--short" />
    </span>
  </span>
);

/** Native radio buttons under the cards: arrow keys, form semantics and screen readers come for free. */
export const ThemeField = () => {
  const preference = useThemePreference();
  const { choose } = useThemeActions();

  return (
    <fieldset className="theme-field">
      <legend className="theme-field__legend">Theme</legend>
      <p className="theme-field__hint">System follows your operating system's light or dark appearance as it changes.</p>
      <div className="theme-field__options">
        {options.map(({ value, label, icon: Icon }) => (
          <label key={value} className="theme-option">
            <input
              type="radio"
              name="theme"
              value={value}
              className="theme-option__input"
              checked={preference === value}
              onChange={() => choose(value)}
            />
            <span className="theme-option__preview" aria-hidden="true">
              {value === 'system' ? (
                <>
                  <PreviewWindow look="light" />
                  <PreviewWindow look="dark" split />
                </>
              ) : (
                <PreviewWindow look={value} />
              )}
            </span>
            <span className="theme-option__label">
              <Icon />
              {label}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
};
