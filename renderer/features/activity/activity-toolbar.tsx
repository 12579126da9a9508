import { SearchField } from '../../components/search-field';
import { SelectField, type SelectOption } from '../../components/select-field';
import { actionTypeLabel } from '../../tracking/progress-format';
import type { ActivityView } from './activity-filters';

/** The action types people start most, offered even before one has run. */
const commonTypes = [
  'create',
  'power_on',
  'power_off',
  'shutdown',
  'reboot',
  'power_cycle',
  'snapshot',
  'resize',
  'rebuild',
  'restore',
  'rename',
  'password_reset',
  'enable_backups',
  'disable_backups',
  'change_backup_policy',
  'enable_ipv6',
  'change_kernel',
  'transfer',
  'convert',
  'image_import',
];

const resourceOptions: readonly SelectOption[] = [
  { value: '', label: 'All resources' },
  { value: 'droplet', label: 'Droplets' },
  { value: 'image', label: 'Images' },
];

const statusOptions: readonly SelectOption[] = [
  { value: '', label: 'Any status' },
  { value: 'running', label: 'Running' },
  { value: 'completed', label: 'Completed' },
  { value: 'errored', label: 'Errored' },
];

export interface ActivityToolbarProps {
  view: ActivityView;
  onChange: (patch: Partial<ActivityView>) => void;
  /** Action types seen in the lists, so a rare one can be chosen too. */
  seenTypes: readonly string[];
}

/** Search and filters over the three lists; each change goes back to the history's first page. */
export const ActivityToolbar = ({ view, onChange, seenTypes }: ActivityToolbarProps) => {
  const types = [...new Set([...commonTypes, ...seenTypes, ...(view.type === '' ? [] : [view.type])])];
  const typeOptions: SelectOption[] = [
    { value: '', label: 'Any action' },
    ...types.map((type) => ({ value: type, label: actionTypeLabel(type) })).sort((a, b) => a.label.localeCompare(b.label)),
  ];
  const change = (patch: Partial<ActivityView>) => onChange({ ...patch, page: 1 });
  return (
    <div className="activity-toolbar" role="search" aria-label="Filter activity">
      <SearchField label="Search by resource name" placeholder="Search by resource name" value={view.q} onChange={(q) => change({ q })} />
      <SelectField label="Resource type" hideLabel value={view.resource} options={resourceOptions} onChange={(resource) => change({ resource: resource as ActivityView['resource'] })} />
      <SelectField label="Status" hideLabel value={view.status} options={statusOptions} onChange={(status) => change({ status: status as ActivityView['status'] })} />
      <SelectField label="Action type" hideLabel value={view.type} options={typeOptions} onChange={(type) => change({ type })} />
    </div>
  );
};
