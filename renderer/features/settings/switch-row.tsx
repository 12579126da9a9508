import { useId } from 'react';
import './switch-row.css';

export interface SwitchRowProps {
  title: string;
  description: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled switch: the whole row is the click target; the switch is named by the title alone and described by the rest. */
export const SwitchRow = ({ title, description, checked, onChange }: SwitchRowProps) => {
  const titleId = useId();
  const descriptionId = useId();
  return (
    <label className="switch-row">
      <span className="switch-row__text">
        <span id={titleId} className="switch-row__title">
          {title}
        </span>
        <span id={descriptionId} className="switch-row__description">
          {description}
        </span>
      </span>
      <input
        type="checkbox"
        role="switch"
        className="switch"
        checked={checked}
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        onChange={(event) => onChange(event.target.checked)}
      />
    </label>
  );
};
