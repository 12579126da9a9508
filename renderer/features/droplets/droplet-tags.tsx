import { useQuery } from '@tanstack/react-query';
import { Plus, X } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { tagNameProblem } from '../../../shared/rules/tag-name';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { GuardedButton } from '../../components/guarded-button';
import { IconButton } from '../../components/icon-button';
import { TextField } from '../../components/text-field';
import { ActionFailure } from '../../components/action-failure';
import { useTagDroplet, useUntagDroplet } from './mutations';
import { tagQueries } from './queries';
import './droplet-action-forms.css';

/** Why the typed tag cannot be added, or null: DigitalOcean's pattern, and not one the droplet has. */
export const newTagProblem = (name: string, tags: readonly string[]): string | null =>
  tagNameProblem(name) ?? (tags.some((tag) => tag.toLowerCase() === name.toLowerCase()) ? 'The droplet already has this tag.' : null);

/** The droplet's tags as chips, each removable, and a field that adds one, suggesting the account's tags. */
export const DropletTags = ({ id, tags }: { id: number; tags: readonly string[] }) => {
  const untag = useUntagDroplet(id);
  const tag = useTagDroplet(id);
  const [adding, setAdding] = useState(false);
  const [value, setValue] = useState('');
  const account = useQuery({ ...tagQueries.list(), enabled: adding });
  const suggestionsId = useId();
  const trimmed = value.trim();
  const problem = newTagProblem(trimmed, tags);
  const suggestions = (account.data ?? []).map((candidate) => candidate.name).filter((name): name is string => name !== undefined && !tags.includes(name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem !== null || tag.isPending) return;
    tag.mutate(trimmed, {
      onSuccess: () => {
        setValue('');
      },
    });
  };

  return (
    <div className="droplet-tags">
      {tags.length === 0 ? <span className="resource-cell--subtle">None</span> : null}
      <ul className="droplet-tags__list" aria-label="Tags">
        {tags.map((name) => (
          <li key={name} className="droplet-tags__chip">
            <Badge tone="accent">{name}</Badge>
            <IconButton
              label={`Remove tag ${name}`}
              icon={<X />}
              size="sm"
              disabled={untag.isPending && untag.variables === name}
              onClick={() => untag.isPending || untag.mutate(name)}
            />
          </li>
        ))}
      </ul>
      {untag.error ? <ActionFailure title={`Couldn't remove the tag ${untag.variables ?? ''}`.trim()} error={untag.error} /> : null}
      {adding ? (
        <form className="droplet-tags__add" onSubmit={submit} noValidate>
          <TextField
            label="New tag"
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={trimmed === '' ? undefined : (problem ?? undefined)}
            hint="Letters, digits, underscores, hyphens and colons; an existing tag or a new one."
            list={suggestionsId}
            autoComplete="off"
            spellCheck={false}
            autoFocus
          />
          <datalist id={suggestionsId}>
            {suggestions.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <div className="droplet-tags__buttons">
            <GuardedButton type="submit" size="sm" variant="primary" unavailable={problem} busy={tag.isPending}>
              Add
            </GuardedButton>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                setAdding(false);
                setValue('');
                tag.reset();
              }}
            >
              Cancel
            </Button>
          </div>
          {tag.error ? <ActionFailure title="Couldn't add the tag" error={tag.error} /> : null}
        </form>
      ) : (
        <Button size="sm" variant="secondary" icon={<Plus />} onClick={() => setAdding(true)}>
          Add tag
        </Button>
      )}
    </div>
  );
};
