import { Fragment } from 'react';
import { Dialog } from '../../components/dialog';
import { comboKeys, isMac, shortcutSections } from '../../keyboard/shortcuts';
import { usePaletteActions } from '../../stores/palette-store';
import './shortcuts-dialog.css';

/** Every keyboard shortcut (`?`), read from the one table the key handlers match against. */
export const ShortcutsDialog = () => {
  const { close } = usePaletteActions();
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
      {shortcutSections.map((section) => (
        <section key={section.heading} className="shortcuts-dialog__section" aria-labelledby={`shortcuts-${section.heading}`}>
          <h3 id={`shortcuts-${section.heading}`} className="shortcuts-dialog__heading">
            {section.heading}
          </h3>
          <dl className="shortcuts-dialog__list">
            {Object.entries(section.shortcuts).map(([id, shortcut]) => (
              <div key={id} className="shortcuts-dialog__row">
                <dt className="shortcuts-dialog__keys">
                  {shortcut.combos.map((combo, index) => (
                    <Fragment key={index}>
                      {index > 0 ? <span className="shortcuts-dialog__or"> or </span> : null}
                      {comboKeys(combo, mac).map((key, keyIndex) => (
                        <Fragment key={keyIndex}>
                          {keyIndex > 0 ? '+' : null}
                          <kbd>{key}</kbd>
                        </Fragment>
                      ))}
                    </Fragment>
                  ))}
                </dt>
                <dd className="shortcuts-dialog__does">{shortcut.does}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
};
