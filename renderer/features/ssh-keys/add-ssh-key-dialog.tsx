import { useQuery } from '@tanstack/react-query';
import { FileUp } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import type { SshKey } from '../../../shared/do-types';
import { checkPublicKey, MAX_PUBLIC_KEY_LENGTH, sshKeyNameError, suggestedKeyName } from '../../../shared/ssh-keys/public-key';
import { call } from '../../bridge/call';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { ActionFailure } from '../../components/action-failure';
import { Button } from '../../components/button';
import { Dialog, DialogActions } from '../../components/dialog';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { appQueries } from '../about/queries';
import { useAddSshKey } from './mutations';
import { sshKeyQueries } from './queries';
import './ssh-keys.css';

export interface AddSshKeyDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The key DigitalOcean added, as it answered. */
  onAdded?: (key: SshKey) => void;
}

/** The fingerprint, computed on the main side without a request, of a key that passed the form's own check. */
const useFingerprint = (line: string | undefined) =>
  useQuery({
    queryKey: ['ssh-keys', 'inspect', line] as const,
    queryFn: () => call('sshKeys.inspect', { publicKey: line as string }),
    enabled: line !== undefined,
    staleTime: Infinity,
    retry: false,
  });

/** Reads the chosen file: on the desktop through the system dialog on the main side, in a browser from the page. */
const KeyFileButton = ({ onRead, onError }: { onRead: (text: string) => void; onError: (message: string) => void }) => {
  const info = useQuery(appQueries.info());
  const input = useRef<HTMLInputElement>(null);
  const [reading, setReading] = useState(false);
  const desktop = info.data?.runtime === 'desktop';

  const chooseOnDesktop = async () => {
    setReading(true);
    try {
      const { file } = await call('sshKeys.readFile', {});
      if (file) onRead(file.text);
    } catch (error) {
      onError(panelErrorOf(error as Error).message);
    } finally {
      setReading(false);
    }
  };

  return (
    <>
      <Button type="button" variant="secondary" size="sm" icon={<FileUp />} busy={reading} onClick={() => (desktop ? void chooseOnDesktop() : input.current?.click())}>
        Choose a .pub file…
      </Button>
      {desktop ? null : (
        <input
          ref={input}
          type="file"
          accept=".pub,text/plain"
          hidden
          aria-hidden="true"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            if (file.size > MAX_PUBLIC_KEY_LENGTH) {
              onError(`${file.name} is too large to be a public key (${file.size} bytes).`);
              return;
            }
            file.text().then(onRead, () => onError(`${file.name} could not be read.`));
          }}
        />
      )}
    </>
  );
};

const AddSshKeyForm = ({ onClose, onAdded }: { onClose: () => void; onAdded?: (key: SshKey) => void }) => {
  const [publicKey, setPublicKey] = useState('');
  const [name, setName] = useState('');
  const [nameTouched, setNameTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [fileError, setFileError] = useState<string>();
  const add = useAddSshKey();
  const keys = useQuery(sshKeyQueries.list());

  const check = checkPublicKey(publicKey);
  const fingerprint = useFingerprint(check.ok ? check.line : undefined);
  const duplicate = fingerprint.data ? keys.data?.find((key) => key.fingerprint === fingerprint.data.fingerprint) : undefined;
  const shownName = nameTouched ? name : name || suggestedKeyName(check);
  const keyError = publicKey.trim() === '' && !submitted ? undefined : check.ok ? (duplicate ? `This key is already on the account as “${duplicate.name}”.` : undefined) : check.error;
  const nameError = submitted ? sshKeyNameError(shownName) : undefined;

  const takeText = (text: string) => {
    setFileError(undefined);
    setPublicKey(text.trim());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Opened from the create form, this form sits inside that one in React's tree: its submit stays here.
    event.stopPropagation();
    setSubmitted(true);
    // Inline errors first: nothing is sent while one shows, and what was typed stays.
    if (!check.ok || duplicate || sshKeyNameError(shownName) || !fingerprint.data) return;
    add.mutate({ name: shownName.trim(), publicKey: check.line }, { onSuccess: (key) => onAdded?.(key) });
  };

  return (
    <form className="ssh-key-form" onSubmit={submit} noValidate>
      <TextAreaField
        label="Public key"
        monospace
        rows={4}
        spellCheck={false}
        autoComplete="off"
        placeholder="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA… you@computer"
        value={publicKey}
        onChange={(event) => setPublicKey(event.target.value)}
        error={keyError}
        hint="The contents of a .pub file, such as ~/.ssh/id_ed25519.pub. Never the private key."
      />
      <div className="ssh-key-form__file">
        <KeyFileButton onRead={takeText} onError={setFileError} />
        {fileError ? (
          <p className="field__error" role="alert">
            {fileError}
          </p>
        ) : null}
      </div>
      {fingerprint.data && !duplicate ? (
        <p className="ssh-key-form__fingerprint">
          {fingerprint.data.type} · fingerprint <code>{fingerprint.data.fingerprint}</code>
        </p>
      ) : null}
      <TextField
        label="Name"
        value={shownName}
        maxLength={300}
        onChange={(event) => {
          setNameTouched(true);
          setName(event.target.value);
        }}
        error={nameError}
        hint="How the key is listed here and in DigitalOcean’s control panel."
      />
      {add.error ? <ActionFailure title="DigitalOcean didn’t add the key" error={add.error} resource="key" /> : null}
      <DialogActions>
        <Button type="button" variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={add.isPending}>
          Add key
        </Button>
      </DialogActions>
    </form>
  );
};

/** Adds a public key to the account: pasted or chosen from a file, checked and fingerprinted before anything is sent. */
export const AddSshKeyDialog = ({ open, onOpenChange, onAdded }: AddSshKeyDialogProps) => (
  <Dialog open={open} onOpenChange={onOpenChange} title="Add an SSH key" description="New Droplets can then be created with it, to log in without a password.">
    {open ? (
      <AddSshKeyForm
        onClose={() => onOpenChange(false)}
        onAdded={(key) => {
          onAdded?.(key);
          onOpenChange(false);
        }}
      />
    ) : null}
  </Dialog>
);
