import { Fragment, useId } from 'react';
import { Dialog } from '../../components/dialog';
import { comboKeys, isMac, shortcutSections, type KeyCombo } from '../../keyboard/shortcuts';
import { usePaletteActions } from '../../stores/palette-store';
import './shortcuts-dialog.css';

const Keys = ({ combo, mac }: { combo: KeyCombo; mac: boolean }) =>
  comboKeys(combo, mac).map((key, index) => (
    <Fragment key={index}>
      {index > 0 ? '+' : null}
      <kbd>{key}</kbd>
    </Fragment>
  ));

/** Every keyboard shortcut (`?`), read from the one table the key handlers match against. */
export const ShortcutsDialog = () => {
  const { close } = usePaletteActions();
  const baseId = useId();
  const mac = isMac();
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title="Keyboard shortcuts"
      size="wide"
    >
      {/* Its own scroll box, one focus stop, so the keyboard can scroll it on a short window. */}
      <div className="shortcuts-dialog" role="region" aria-label="Shortcuts" tabIndex={0}>
        {shortcutSections.map((section, sectionIndex) => (
          <section key={section.heading} className="shortcuts-dialog__section" aria-labelledby={`${baseId}-${sectionIndex}`}>
            <h3 id={`${baseId}-${sectionIndex}`} className="shortcuts-dialog__heading">
              {section.heading}
            </h3>
            <dl>
              {Object.entries(section.shortcuts).map(([id, shortcut]) => (
                <div key={id} className="shortcuts-dialog__row">
                  <dt className="shortcuts-dialog__keys">
                    {shortcut.combos.map((combo, index) => (
                      <Fragment key={index}>
                        {index > 0 ? <span className="shortcuts-dialog__or"> or </span> : null}
                        <Keys combo={combo} mac={mac} />
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{shortcut.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
};
