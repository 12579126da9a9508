import { useQuery } from '@tanstack/react-query';
import { ChevronRight } from 'lucide-react';
import { useRef, useState, type FormEvent } from 'react';
import type { DescribedAccount, RequestableStorage } from '../../../shared/account-types';
import type { PanelError } from '../../../shared/result';
import { panelErrorOf } from '../../bridge/panel-error-of';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { DialogActions } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { tokensUrl } from './digitalocean-links';
import { useAddAccount } from './mutations';
import { accountQueries } from './queries';
import { StorageField } from './storage-field';
import { TokenScopes } from './token-scopes';
import { validateNewAccount, type NewAccountIssues } from './validate-new-account';
import './add-account-form.css';

export interface AddAccountFormProps {
  onAdded: (account: DescribedAccount) => void;
  onCancel: () => void;
}

/** DigitalOcean's own words come through unchanged; the title says who refused and what to check. */
const refusalTitle = (error: PanelError): string => {
  if (error.kind === 'unauthorized') return 'DigitalOcean refused the token';
  if (error.kind === 'forbidden') return 'The token may not read the account';
  return "Couldn't add the account";
};

const refusalHint = (error: PanelError): string | undefined => {
  if (error.kind === 'unauthorized') return 'Check that you copied the whole token and that it has not expired or been revoked.';
  if (error.kind === 'forbidden') return 'Give the token at least the account:read scope, or the Read Only preset.';
  return undefined;
};

const RequestFailure = ({ error }: { error: PanelError }) => {
  const hint = refusalHint(error);
  return (
    <Callout tone="danger" role="alert" title={refusalTitle(error)} className="add-account-form__failure">
      <p>{error.message}</p>
      {hint ? <p>{hint}</p> : null}
      {error.requestId === undefined ? null : (
        <p className="add-account-form__request-id">
          Request ID <code>{error.requestId}</code>
        </p>
      )}
    </Callout>
  );
};

/**
 * Name, token and where to keep it. Checked here against the contract's rules before anything is
 * sent; the token field is emptied the moment the token is sent, and the token is never shown again.
 */
export const AddAccountForm = ({ onAdded, onCancel }: AddAccountFormProps) => {
  const list = useQuery(accountQueries.list());
  const add = useAddAccount();
  const [name, setName] = useState('');
  const [token, setToken] = useState('');
  const [chosenStorage, setChosenStorage] = useState<RequestableStorage | null>(null);
  // Errors appear once the user has tried to submit, then follow their typing.
  const [checked, setChecked] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);

  const keychain = list.data?.keychain;
  // The keychain unless the user chose otherwise; never the keychain when it cannot be used.
  const storage: RequestableStorage = keychain?.available === false ? 'session' : (chosenStorage ?? 'keychain');
  const issues: NewAccountIssues = checked ? validateNewAccount({ name, token, storage }) : {};
  const failure = add.error ? panelErrorOf(add.error) : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const found = validateNewAccount({ name, token, storage });
    setChecked(true);
    if (found.name || found.token) {
      (found.name ? nameRef : tokenRef).current?.focus();
      return;
    }
    const request = { name: name.trim(), token: token.trim(), storage };
    // Out of the field as soon as it is on its way, whatever DigitalOcean answers.
    setToken('');
    setChecked(false);
    add.mutate(request, {
      onSuccess: onAdded,
      // The refused token is gone from the field: the next thing to do is paste another.
      onError: () => tokenRef.current?.focus(),
    });
  };

  return (
    <form className="add-account-form" noValidate onSubmit={submit} aria-busy={add.isPending || undefined}>
      <TextField
        ref={nameRef}
        label="Name"
        placeholder="Work, Side project…"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={issues.name}
        autoComplete="off"
        spellCheck={false}
        // The dialog opens to type a name; focus goes straight there (see components/dialog).
        data-autofocus
      />
      <TextField
        ref={tokenRef}
        label="Personal access token"
        type="password"
        hint={
          <>
            Starts with <code>dop_v1_</code>; create one under{' '}
            <a href={tokensUrl} target="_blank" rel="noreferrer">
              API → Tokens<span className="visually-hidden"> on DigitalOcean (opens in your browser)</span>
            </a>
            . DigitalOcean checks it once; the panel never shows it again.
          </>
        }
        value={token}
        onChange={(event) => setToken(event.target.value)}
        error={issues.token}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
      />
      <details className="add-account-form__scopes">
        <summary>
          <ChevronRight aria-hidden="true" />
          Which scopes does the token need?
        </summary>
        <TokenScopes className="add-account-form__scopes-list" />
      </details>
      {/* Beside the field it is about, where focus returns after a refusal. */}
      {failure ? <RequestFailure error={failure} /> : null}
      <StorageField value={storage} onChange={setChosenStorage} keychain={keychain} />
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" busy={add.isPending}>
          {add.isPending ? 'Checking with DigitalOcean…' : 'Add account'}
        </Button>
      </DialogActions>
    </form>
  );
};
