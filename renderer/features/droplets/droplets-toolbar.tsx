import { useQuery } from '@tanstack/react-query';
import { Columns3, RotateCcw } from 'lucide-react';
import { useMemo } from 'react';
import type { DropletRow } from '../../../shared/droplet-types';
import { IconButton } from '../../components/icon-button';
import { Menu, MenuCheckboxItem, MenuContent, MenuItem, MenuLabel, MenuSeparator, MenuTrigger } from '../../components/menu';
import { SearchField } from '../../components/search-field';
import { SelectField, type SelectOption } from '../../components/select-field';
import {
  dropletColumnIds,
  useDropletColumnsActions,
  useDropletColumnsLeftOut,
  useDropletColumnWidths,
  useHiddenDropletColumns,
} from '../../stores/droplet-columns-store';
import { CreateDropletButton } from './create/create-droplet-button';
import { optionalColumnLabels } from './droplet-columns';
import type { DropletFilters } from './droplet-filters';
import { dropletStatuses } from './droplet-format';
import { tagQueries } from './queries';

export interface DropletsToolbarProps {
  filters: DropletFilters;
  onChange: (patch: Partial<DropletFilters>) => void;
  /** The rows loaded, to offer only regions and sizes that exist. */
  rows: readonly DropletRow[];
}

const uniqueOptions = (rows: readonly DropletRow[], pick: (row: DropletRow) => SelectOption): SelectOption[] => {
  const byValue = new Map<string, SelectOption>();
  for (const row of rows) {
    const option = pick(row);
    byValue.set(option.value, option);
  }
  return [...byValue.values()].sort((a, b) => a.label.localeCompare(b.label));
};

/** An option for a value in the address that the rows do not have (yet), so the select still shows it. */
const withCurrent = (options: SelectOption[], value: string): SelectOption[] =>
  value === '' || options.some((option) => option.value === value) ? options : [...options, { value, label: value }];

const ColumnsMenu = () => {
  const hidden = useHiddenDropletColumns();
  const leftOut = useDropletColumnsLeftOut();
  const { setVisible, resetWidths } = useDropletColumnsActions();
  const widened = Object.keys(useDropletColumnWidths()).length > 0;
  return (
    <Menu>
      <MenuTrigger asChild>
        <IconButton label="Choose columns" icon={<Columns3 />} variant="secondary" />
      </MenuTrigger>
      <MenuContent align="end" label="Columns">
        <MenuLabel>Columns</MenuLabel>
        {dropletColumnIds.map((id) => (
          <MenuCheckboxItem
            key={id}
            checked={!hidden.includes(id)}
            onCheckedChange={(visible) => setVisible(id, visible)}
            detail={leftOut.includes(id) ? 'Left out to fit the width: widen the window or close the pane' : undefined}
          >
            {optionalColumnLabels[id]}
          </MenuCheckboxItem>
        ))}
        <MenuSeparator />
        <MenuItem icon={<RotateCcw />} disabled={!widened} detail={widened ? undefined : 'Drag a column header’s edge to change its width.'} onSelect={resetWidths}>
          Reset column widths
        </MenuItem>
      </MenuContent>
    </Menu>
  );
};

/** Search and filters over the list; the tag filter asks DigitalOcean, the others filter what is loaded. */
export const DropletsToolbar = ({ filters, onChange, rows }: DropletsToolbarProps) => {
  const tags = useQuery(tagQueries.list());
  // Worked out per list, not per keystroke: on 10,000 droplets each pass is thousands of objects.
  const tagOptions = useMemo(
    () =>
      (tags.data ?? [])
        .map((tag) => tag.name)
        .filter((name): name is string => Boolean(name))
        .sort()
        .map((name) => ({ value: name, label: name })),
    [tags.data],
  );
  const regionOptions = useMemo(() => uniqueOptions(rows, (row) => ({ value: row.region.slug, label: `${row.region.name} (${row.region.slug})` })), [rows]);
  const sizeOptions = useMemo(() => uniqueOptions(rows, (row) => ({ value: row.size.slug, label: row.size.slug })), [rows]);

  return (
    <div className="resource-toolbar" role="search" aria-label="Droplets">
      <SearchField label="Search droplets" placeholder="Name, IP, tag or ID" value={filters.q} onChange={(q) => onChange({ q })} />
      <SelectField
        label="Status"
        hideLabel
        value={filters.status}
        onChange={(status) => onChange({ status })}
        options={[
          { value: '', label: 'Any status' },
          ...Object.entries(dropletStatuses).map(([value, { label }]) => ({ value, label })),
        ]}
      />
      <SelectField
        label="Region"
        hideLabel
        value={filters.region}
        onChange={(region) => onChange({ region })}
        options={[{ value: '', label: 'Any region' }, ...withCurrent(regionOptions, filters.region)]}
      />
      <SelectField
        label="Size"
        hideLabel
        value={filters.size}
        onChange={(size) => onChange({ size })}
        options={[{ value: '', label: 'Any size' }, ...withCurrent(sizeOptions, filters.size)]}
      />
      <SelectField
        label="Tag"
        hideLabel
        value={filters.tag}
        onChange={(tag) => onChange({ tag })}
        options={[{ value: '', label: 'Any tag' }, ...withCurrent(tagOptions, filters.tag)]}
      />
      <div className="resource-toolbar__end">
        <ColumnsMenu />
        <CreateDropletButton />
      </div>
    </div>
  );
};
