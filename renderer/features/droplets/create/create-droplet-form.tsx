import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { createEquivalent } from '../../../../shared/actions/equivalents';
import type { Size } from '../../../../shared/do-types';
import type { CreatedDroplets } from '../../../../shared/droplet-types';
import type { ErrorKind } from '../../../../shared/result';
import { imageQueries, catalogQueries } from '../../../catalog/queries';
import { panelErrorOf } from '../../../bridge/panel-error-of';
import { Button } from '../../../components/button';
import { Callout } from '../../../components/callout';
import { CommandEquivalent } from '../../../components/command-equivalent';
import { DialogActions } from '../../../components/dialog';
import { FormSelect } from '../../../components/form-select';
import { GuardedButton } from '../../../components/guarded-button';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { CreateDropletPrefill } from '../../../stores/create-droplet-store';
import { ActionFailure } from '../../../components/action-failure';
import { checkNames, checkTags, formatBytes, formatMonthly, maxDropletsPerCreate, maxUserDataBytes, namesProblem, userDataBytes } from './create-form-rules';
import { findPrefilled, imageGroups, imageRegions } from './image-choice';
import { SshKeyField } from './ssh-key-field';
import { useCreateDroplets, type CreateDropletsRequest } from './use-create-droplets';
import './create-droplet.css';

export interface CreateDropletFormProps {
  prefill: CreateDropletPrefill;
  onCancel: () => void;
  onCreated: (created: CreatedDroplets) => void;
}

/** Failures after which the droplets may exist anyway: the answer, not the request, was lost. */
const uncertain = new Set<ErrorKind>(['network', 'timeout', 'server', 'unavailable']);

const memoryLabel = (megabytes: number): string => (megabytes < 1024 ? `${megabytes} MB` : `${megabytes / 1024} GB`);

const sizeLabel = (size: Size): string =>
  `${size.slug}: ${size.vcpus} vCPU, ${memoryLabel(size.memory)} RAM, ${size.disk} GB disk, ${formatMonthly(size.price_monthly)}`;

const Toggle = ({ label, hint, checked, onChange }: { label: string; hint: string; checked: boolean; onChange: (on: boolean) => void }) => (
  <label className="create-droplet__check">
    <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
    <span>
      {label} <span className="create-droplet__muted">{hint}</span>
    </span>
  </label>
);

/**
 * Everything a create takes, checked as it is typed: nothing is sent until DigitalOcean would accept
 * it, the request is sent once, and a refusal leaves every field as it was.
 */
export const CreateDropletForm = ({ prefill, onCancel, onCreated }: CreateDropletFormProps) => {
  const create = useCreateDroplets();
  const regions = useQuery(catalogQueries.regions());
  const sizes = useQuery(catalogQueries.sizes());
  const distributions = useQuery(imageQueries.list({ type: 'distribution' }));
  const applications = useQuery(imageQueries.list({ type: 'application' }));
  const own = useQuery(imageQueries.list({ private: true }));

  const [namesText, setNamesText] = useState('');
  const [namesLeft, setNamesLeft] = useState(false);
  // Null until the person picks: the prefill (or the one region an image lives in) stands in.
  const [imageKey, setImageKey] = useState<string | null>(null);
  const [region, setRegion] = useState(prefill.region ?? '');
  const [size, setSize] = useState('');
  const [sshKeys, setSshKeys] = useState<(number | string)[]>([]);
  const [tagsText, setTagsText] = useState('');
  const [backups, setBackups] = useState(false);
  const [ipv6, setIpv6] = useState(false);
  const [monitoring, setMonitoring] = useState(false);
  const [userData, setUserData] = useState('');

  const groups = imageGroups(distributions.data ?? [], applications.data ?? [], own.data ?? []);
  const allChoices = groups.flatMap((group) => group.choices);
  const image = imageKey === null ? findPrefilled(groups, prefill.image) : allChoices.find((choice) => choice.key === imageKey);
  const onlyIn = imageRegions(image);
  const openRegions = (regions.data ?? []).filter((entry) => entry.available && (onlyIn === null || onlyIn.includes(entry.slug)));
  const chosenRegion = openRegions.some((entry) => entry.slug === region) ? region : openRegions.length === 1 && onlyIn !== null ? (openRegions[0]?.slug ?? '') : '';
  const minDisk = image?.row.minDiskSize ?? 0;
  const fittingSizes = (sizes.data ?? []).filter((entry) => entry.available && entry.regions.includes(chosenRegion) && entry.disk >= minDisk);
  const chosenSize = fittingSizes.find((entry) => entry.slug === size);

  const names = checkNames(namesText);
  const tags = checkTags(tagsText);
  const dataBytes = userDataBytes(userData);
  const nameErrors = [
    ...(names.length > maxDropletsPerCreate ? [`Create at most ${maxDropletsPerCreate} droplets at once: this lists ${names.length}.`] : []),
    ...names.filter((name) => name.problem !== null).map((name) => `${name.value}: ${name.problem}`),
    ...(names.length === 0 && namesLeft ? ['Enter a name for the droplet.'] : []),
  ];
  const tagErrors = tags.filter((tag) => tag.problem !== null).map((tag) => `${tag.value}: ${tag.problem}`);
  const dataError = dataBytes > maxUserDataBytes ? `User data is ${dataBytes.toLocaleString('en-US')} bytes: DigitalOcean takes at most ${maxUserDataBytes.toLocaleString('en-US')} (64 KiB).` : undefined;

  const problem =
    namesProblem(names) ??
    (image === undefined ? 'Choose an image.' : null) ??
    (chosenRegion === '' ? 'Choose a region.' : null) ??
    (chosenSize === undefined ? 'Choose a size.' : null) ??
    (tagErrors.length > 0 ? `Fix the tag ${tagErrors[0]}` : null) ??
    dataError ??
    null;

  // What the form would send as it stands: what Create sends, and what "Show as command" shows.
  const request: CreateDropletsRequest | null =
    names.length === 0 || image === undefined || chosenSize === undefined
      ? null
      : {
          names: names.map((name) => name.value),
          region: chosenRegion,
          size: chosenSize.slug,
          image: image.request,
          backups,
          ipv6,
          monitoring,
          ...(sshKeys.length > 0 ? { sshKeys } : {}),
          ...(tags.length > 0 ? { tags: tags.map((tag) => tag.value) } : {}),
          ...(userData.trim() !== '' ? { userData } : {}),
        };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem !== null || create.isPending || request === null) return;
    create.mutate(request, { onSuccess: onCreated });
  };

  const count = Math.max(names.length, 1);
  const regionHint =
    onlyIn !== null && image !== undefined
      ? `${image.row.name} is stored in ${onlyIn.length === 0 ? 'no region' : onlyIn.join(', ')}: only those regions are offered.`
      : 'Regions closed to new droplets are not offered.';

  return (
    <form className="create-droplet" onSubmit={submit} noValidate aria-label="Create droplets">
      <TextAreaField
        monospace
        label="Names"
        value={namesText}
        rows={3}
        onChange={(event) => setNamesText(event.target.value)}
        onBlur={() => setNamesLeft(true)}
        error={nameErrors}
        hint={`One per line or separated by commas, up to ${maxDropletsPerCreate}. Each becomes the droplet's hostname.${names.length > 1 ? ` ${names.length} droplets.` : ''}`}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
      />
      <FormSelect
        label="Image"
        value={image?.key ?? ''}
        placeholder={distributions.isPending || own.isPending ? 'Loading images…' : 'Choose an image'}
        groups={groups.map((group) => ({ label: group.label, options: group.choices.map((choice) => ({ value: choice.key, label: choice.label })) }))}
        onChange={setImageKey}
        hint={minDisk > 0 ? `Needs a disk of at least ${minDisk} GB: smaller sizes are not offered.` : undefined}
      />
      <div className="create-droplet__row">
        <FormSelect
          label="Region"
          value={chosenRegion}
          placeholder={regions.isPending ? 'Loading regions…' : 'Choose a region'}
          groups={[{ label: '', options: openRegions.map((entry) => ({ value: entry.slug, label: `${entry.name} (${entry.slug})` })) }]}
          onChange={setRegion}
          hint={regionHint}
        />
        <FormSelect
          label="Size"
          value={chosenSize?.slug ?? ''}
          placeholder={chosenRegion === '' ? 'Choose a region first' : sizes.isPending ? 'Loading sizes…' : 'Choose a size'}
          groups={[{ label: '', options: fittingSizes.map((entry) => ({ value: entry.slug, label: sizeLabel(entry) })) }]}
          onChange={setSize}
          disabled={chosenRegion === ''}
          hint={
            chosenSize === undefined
              ? 'Only sizes offered in the region are listed, with their monthly price.'
              : `${formatMonthly(chosenSize.price_monthly)} each${count > 1 ? `, ${formatMonthly(chosenSize.price_monthly * count)} for ${count} droplets` : ''}${backups ? ', plus backups' : ''}.`
          }
        />
      </div>
      <SshKeyField chosen={sshKeys} onChange={setSshKeys} />
      <TextField
        label="Tags"
        value={tagsText}
        onChange={(event) => setTagsText(event.target.value)}
        error={tagErrors.length > 0 ? tagErrors.join(' ') : undefined}
        hint="Optional, separated by spaces or commas: letters, digits, colons, hyphens and underscores."
        autoComplete="off"
        spellCheck={false}
      />
      <fieldset className="create-droplet__group">
        <legend className="field__label">Options</legend>
        <Toggle label="Backups" hint="DigitalOcean backs each droplet up weekly, at extra cost." checked={backups} onChange={setBackups} />
        <Toggle label="IPv6" hint="A public IPv6 address; it cannot be turned off later." checked={ipv6} onChange={setIpv6} />
        <Toggle label="Monitoring" hint="Installs DigitalOcean’s agent for memory and disk graphs and alerts." checked={monitoring} onChange={setMonitoring} />
      </fieldset>
      <TextAreaField
        monospace
        label="User data"
        value={userData}
        rows={4}
        onChange={(event) => setUserData(event.target.value)}
        error={dataError === undefined ? [] : [dataError]}
        hint={`Optional cloud-init script or cloud-config, run on first boot. ${formatBytes(dataBytes)} of 64 KiB.`}
        spellCheck={false}
        className="create-droplet__user-data"
      />
      <CommandEquivalent
        equivalent={request === null ? null : createEquivalent(request)}
        waitingFor="Enter a name and choose an image, a region and a size to see the command."
      />
      {create.error ? <ActionFailure title={names.length > 1 ? "Couldn't create the droplets" : "Couldn't create the droplet"} error={create.error} /> : null}
      {create.error && uncertain.has(panelErrorOf(create.error).kind) ? (
        <Callout tone="warning">The request may have reached DigitalOcean before it failed: look for the droplets in the list before creating them again.</Callout>
      ) : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="primary" unavailable={problem} busy={create.isPending}>
          {names.length > 1 ? `Create ${names.length} droplets` : 'Create droplet'}
        </GuardedButton>
      </DialogActions>
    </form>
  );
};
