import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { dropletActionEquivalent } from '../../../shared/actions/equivalents';
import type { Kernel } from '../../../shared/do-types';
import { Button } from '../../components/button';
import { CommandEquivalent } from '../../components/command-equivalent';
import { DialogActions } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { SelectField } from '../../components/select-field';
import { ActionFailure } from '../../components/action-failure';
import { useRunDropletAction } from './mutations';
import { dropletQueries } from './queries';

const kernelLabel = (kernel: Kernel): string => [kernel.name, kernel.version ? `(${kernel.version})` : null].filter(Boolean).join(' ') || `Kernel ${kernel.id}`;

/** Change kernel: one of the kernels DigitalOcean offers this droplet; it takes effect when the droplet is next powered off and on. */
export const ChangeKernelBody = ({ id, current, onCancel, onDone }: { id: number; current: Kernel | null | undefined; onCancel: () => void; onDone: () => void }) => {
  const run = useRunDropletAction(id);
  const kernels = useQuery(dropletQueries.kernels(id));
  const [chosen, setChosen] = useState('');
  const list = (kernels.data ?? []).filter((kernel): kernel is Kernel & { id: number } => kernel.id !== undefined);
  const kernel = list.find((candidate) => String(candidate.id) === chosen);
  const unavailable = kernels.isPending
    ? 'The kernels are loading.'
    : list.length === 0
      ? 'DigitalOcean offers no kernel to switch to: the droplet manages its kernel itself.'
      : kernel === undefined
        ? 'Choose a kernel.'
        : kernel.id === current?.id
          ? 'That is already its kernel.'
          : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable !== null || kernel === undefined || run.isPending) return;
    run.mutate({ type: 'change_kernel', kernel: kernel.id }, { onSuccess: onDone });
  };

  return (
    <form className="droplet-action-dialog" onSubmit={submit} noValidate>
      <p>Current kernel: {current?.name ? kernelLabel(current) : 'managed inside the droplet'}.</p>
      {kernels.error ? <ActionFailure title="Couldn't load the kernels" error={kernels.error} /> : null}
      {!kernels.isPending && list.length === 0 ? (
        <p>
          DigitalOcean lists no kernels for this droplet. Droplets created since March 2017 boot the kernel installed inside them: change it with the
          operating system’s package manager instead.
        </p>
      ) : (
        <SelectField
          label="Kernel"
          value={kernel ? chosen : ''}
          onChange={setChosen}
          options={[{ value: '', label: kernels.isPending ? 'Loading…' : 'Choose a kernel…' }, ...list.map((candidate) => ({ value: String(candidate.id), label: kernelLabel(candidate) }))]}
        />
      )}
      <p>The new kernel is used from the next time the droplet is powered off and on again.</p>
      <CommandEquivalent
        equivalent={kernel === undefined ? null : dropletActionEquivalent({ type: 'change_kernel', kernel: kernel.id }, id)}
        waitingFor="Choose a kernel to see the command."
      />
      {run.error ? <ActionFailure title="Couldn't change the kernel" error={run.error} /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="primary" unavailable={unavailable} busy={run.isPending}>
          Change kernel
        </GuardedButton>
      </DialogActions>
    </form>
  );
};
