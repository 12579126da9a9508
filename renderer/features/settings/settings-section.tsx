import { useId, type ReactNode } from 'react';
import './settings-section.css';

export interface SettingsSectionProps {
  title: string;
  description?: string;
  children: ReactNode;
}

export const SettingsSection = ({ title, description, children }: SettingsSectionProps) => {
  const titleId = useId();
  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <div className="settings-section__intro">
        <h2 id={titleId} className="settings-section__title">
          {title}
        </h2>
        {description ? <p className="settings-section__description">{description}</p> : null}
      </div>
      <div className="settings-section__body">{children}</div>
    </section>
  );
};
