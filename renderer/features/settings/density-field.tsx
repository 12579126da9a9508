import { useId } from 'react';
import { rowDensities, rowDensityIds, useDensityActions, useRowDensity } from '../../stores/density-store';
import './density-field.css';

/** Native radio buttons, as for the theme: arrow keys and screen readers come for free. */
export const DensityField = () => {
  const density = useRowDensity();
  const { choose } = useDensityActions();
  const baseId = useId();
  return (
    <fieldset className="density-field">
      <legend className="density-field__legend">List density</legend>
      <p className="density-field__hint">How tall the rows of the droplet and image lists are.</p>
      <div className="density-field__options">
        {rowDensityIds.map((id) => (
          <div key={id} className="density-option">
            <label className="density-option__label">
              <input
                type="radio"
                name="density"
                value={id}
                className="density-option__input"
                checked={density === id}
                aria-describedby={`${baseId}-${id}`}
                onChange={() => choose(id)}
              />
              {rowDensities[id].label}
            </label>
            <span id={`${baseId}-${id}`} className="density-option__description">
              {rowDensities[id].description}
            </span>
          </div>
        ))}
      </div>
    </fieldset>
  );
};
