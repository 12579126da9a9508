import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { dropletActionEquivalent } from '../../../shared/actions/equivalents';
import type { DropletBackupPolicy } from '../../../shared/do-types';
import { Button } from '../../components/button';
import { Callout } from '../../components/callout';
import { CommandEquivalent } from '../../components/command-equivalent';
import { DialogActions } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { SelectField } from '../../components/select-field';
import { ActionFailure } from '../../components/action-failure';
import { useRunDropletAction, type DropletActionRequest } from './mutations';
import { dropletQueries } from './queries';

type Policy = Extract<DropletActionRequest, { type: 'change_backup_policy' }>['backup_policy'];
type Weekday = NonNullable<Policy['weekday']>;
type Hour = NonNullable<Policy['hour']>;

const weekdays: { value: Weekday; label: string }[] = [
  { value: 'SUN', label: 'Sunday' },
  { value: 'MON', label: 'Monday' },
  { value: 'TUE', label: 'Tuesday' },
  { value: 'WED', label: 'Wednesday' },
  { value: 'THU', label: 'Thursday' },
  { value: 'FRI', label: 'Friday' },
  { value: 'SAT', label: 'Saturday' },
];

const hours: readonly Hour[] = [0, 4, 8, 12, 16, 20];

const pad = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/** `08:00–12:00 UTC`: the hour starts a 4-hour window. */
export const backupWindowLabel = (hour: number): string => `${pad(hour)}–${pad((hour + 4) % 24)} UTC`;

/** A policy as the request takes it: a weekday only for weekly plans, the hour only when chosen. */
export const policyRequest = (plan: 'daily' | 'weekly', weekday: Weekday, hour: Hour | null): Policy => ({
  plan,
  ...(plan === 'weekly' ? { weekday } : {}),
  ...(hour === null ? {} : { hour }),
});

const samePolicy = (a: Policy, b: DropletBackupPolicy | undefined): boolean =>
  b !== undefined && a.plan === b.plan && (a.plan === 'daily' || a.weekday === b.weekday) && (a.hour === undefined || a.hour === b.hour);

interface PolicyFormProps {
  id: number;
  type: 'enable_backups' | 'change_backup_policy';
  initial: DropletBackupPolicy | undefined;
  confirmLabel: string;
  onCancel: () => void;
  onDone: () => void;
}

/** Plan, weekday (weekly plans) and the start of the backup window, as DigitalOcean takes them. */
const PolicyForm = ({ id, type, initial, confirmLabel, onCancel, onDone }: PolicyFormProps) => {
  const run = useRunDropletAction(id);
  const [plan, setPlan] = useState<'daily' | 'weekly'>(initial?.plan ?? 'daily');
  const [weekday, setWeekday] = useState<Weekday>(initial?.weekday ?? 'SUN');
  const [hour, setHour] = useState<Hour | null>(initial?.hour ?? null);
  const policy = policyRequest(plan, weekday, hour);
  const unavailable = type === 'change_backup_policy' && samePolicy(policy, initial) ? 'That is already its backup policy.' : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unavailable !== null || run.isPending) return;
    run.mutate({ type, backup_policy: policy }, { onSuccess: onDone });
  };

  return (
    <form className="droplet-action-dialog" onSubmit={submit} noValidate>
      <SelectField
        label="How often"
        value={plan}
        onChange={(value) => setPlan(value === 'weekly' ? 'weekly' : 'daily')}
        options={[
          { value: 'daily', label: 'Daily' },
          { value: 'weekly', label: 'Weekly' },
        ]}
      />
      {plan === 'weekly' ? <SelectField label="Day of the week" value={weekday} onChange={(value) => setWeekday(value as Weekday)} options={weekdays} /> : null}
      <SelectField
        label="Backup window"
        value={hour === null ? '' : String(hour)}
        onChange={(value) => setHour(value === '' ? null : (Number(value) as Hour))}
        options={[
          ...(type === 'enable_backups' ? [{ value: '', label: 'Let DigitalOcean choose' }] : []),
          ...hours.map((start) => ({ value: String(start), label: backupWindowLabel(start) })),
        ]}
      />
      <p>The backup starts at some point in a 4-hour window in UTC, beginning at the hour chosen; times are UTC, not your local time.</p>
      <CommandEquivalent equivalent={dropletActionEquivalent({ type, backup_policy: policy }, id)} />
      {run.error ? <ActionFailure title={`Couldn't ${confirmLabel.toLowerCase()}`} error={run.error} /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="primary" unavailable={unavailable} busy={run.isPending}>
          {confirmLabel}
        </GuardedButton>
      </DialogActions>
    </form>
  );
};

interface BodyProps {
  id: number;
  onCancel: () => void;
  onDone: () => void;
}

export const EnableBackupsBody = (props: BodyProps) => <PolicyForm {...props} type="enable_backups" initial={undefined} confirmLabel="Enable backups" />;

/** Why the policy cannot be changed now, with only a way out. */
const ClosingNote = ({ onCancel, children }: { onCancel: () => void; children: ReactNode }) => (
  <div className="droplet-action-dialog">
    {children}
    <DialogActions>
      <Button variant="secondary" onClick={onCancel}>
        Close
      </Button>
    </DialogActions>
  </div>
);

/** Change backup policy, starting from the droplet's current one. */
export const ChangeBackupPolicyBody = ({ id, onCancel, onDone }: BodyProps) => {
  const current = useQuery(dropletQueries.backupPolicy(id));
  if (current.isPending) return <p className="droplet-action-dialog">Loading the current backup policy…</p>;
  if (current.error) {
    return (
      <ClosingNote onCancel={onCancel}>
        <ActionFailure title="Couldn't load the current backup policy" error={current.error} />
      </ClosingNote>
    );
  }
  if (current.data.backup_enabled === false) {
    return (
      <ClosingNote onCancel={onCancel}>
        <Callout tone="info">Backups are off for this droplet: enable them to choose when they run.</Callout>
      </ClosingNote>
    );
  }
  return <PolicyForm id={id} type="change_backup_policy" initial={current.data.backup_policy} confirmLabel="Change policy" onCancel={onCancel} onDone={onDone} />;
};
