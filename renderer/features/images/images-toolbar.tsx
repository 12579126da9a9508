import { useQuery } from '@tanstack/react-query';
import { Upload } from 'lucide-react';
import { Button } from '../../components/button';
import { SearchField } from '../../components/search-field';
import { SelectField } from '../../components/select-field';
import { tagQueries } from '../droplets/queries';
import type { ImagesView } from './image-filters';

export interface ImagesToolbarProps {
  view: Pick<ImagesView, 'q' | 'tag'>;
  onChange: (patch: Partial<ImagesView>) => void;
  /** Shown on the Custom images tab. */
  onImport?: () => void;
}

/** Search as you type over what is loaded, and the tag filter, which asks DigitalOcean. */
export const ImagesToolbar = ({ view, onChange, onImport }: ImagesToolbarProps) => {
  const tags = useQuery(tagQueries.list());
  const names = (tags.data ?? [])
    .map((tag) => tag.name)
    .filter((name): name is string => Boolean(name))
    .sort();
  // A tag in the address that the account does not list (yet) stays selectable.
  if (view.tag !== '' && !names.includes(view.tag)) names.push(view.tag);

  return (
    <div className="resource-toolbar" role="search" aria-label="Images">
      <SearchField label="Search images" placeholder="Search by name, slug or distribution" value={view.q} onChange={(q) => onChange({ q })} />
      <SelectField
        label="Tag"
        hideLabel
        value={view.tag}
        onChange={(tag) => onChange({ tag })}
        options={[{ value: '', label: 'Any tag' }, ...names.map((name) => ({ value: name, label: name }))]}
      />
      {onImport ? (
        <div className="resource-toolbar__end">
          <Button variant="primary" icon={<Upload />} onClick={onImport}>
            Import an image
          </Button>
        </div>
      ) : null}
    </div>
  );
};
