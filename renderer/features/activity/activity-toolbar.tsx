import { SearchField } from '../../components/search-field';
import { SelectField, type SelectOption } from '../../components/select-field';
import { actionName, knownActionTypes } from '../../../shared/actions/catalogue';
import type { ActivityView } from './activity-filters';

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
  /** Action types seen in the lists, so one the catalogue lacks can be chosen too. */
  seenTypes: readonly string[];
}

/** Search and filters over the three lists; each change goes back to the history's first page. */
export const ActivityToolbar = ({ view, onChange, seenTypes }: ActivityToolbarProps) => {
  const types = [...new Set([...knownActionTypes, ...seenTypes, ...(view.type === '' ? [] : [view.type])])];
  const typeOptions: SelectOption[] = [
    { value: '', label: 'Any action' },
    ...types.map((type) => ({ value: type, label: actionName(type) })).sort((a, b) => a.label.localeCompare(b.label)),
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
