import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { distributions, type ImageRow } from '../../../shared/image-types';
import { imageUrlProblem, importableImageFormats } from '../../../shared/rules/image-url';
import { tagNameProblem } from '../../../shared/rules/tag-name';
import { catalogQueries } from '../../catalog/queries';
import { Button } from '../../components/button';
import { Dialog, DialogActions } from '../../components/dialog';
import { GuardedButton } from '../../components/guarded-button';
import { FormSelect } from '../../components/form-select';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { ActionFailure } from '../../components/action-failure';
import { imageNameProblem } from './image-dialogs';
import { useImportImage, type NewCustomImage } from './mutations';

/** Exactly what shared/rules/image-url.ts accepts, in words. */
export const imageUrlHint = `An http:// or https:// address of a ${importableImageFormats.join(', ')} or .img disk image, optionally compressed as .gz or .bz2.`;

/** Tags typed as a list: commas or spaces between them. */
export const parseTags = (text: string): string[] => [...new Set(text.split(/[\s,]+/).filter(Boolean))];

export const tagsProblem = (tags: readonly string[]): string | null => {
  for (const tag of tags) {
    const problem = tagNameProblem(tag);
    if (problem) return `“${tag}”: ${problem}`;
  }
  return tags.length > 100 ? 'Use at most 100 tags.' : null;
};

interface ImportFormProps {
  onCancel: () => void;
  onImported: (row: ImageRow) => void;
}

/** The import's fields, checked as they are typed; nothing is sent until every one would be accepted. */
export const ImportImageForm = ({ onCancel, onImported }: ImportFormProps) => {
  const regions = useQuery(catalogQueries.regions());
  const importImage = useImportImage();
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [region, setRegion] = useState('');
  const [distribution, setDistribution] = useState('');
  const [description, setDescription] = useState('');
  const [tagText, setTagText] = useState('');
  const [tried, setTried] = useState(false);
  const [touched, setTouched] = useState({ name: false });

  const tags = parseTags(tagText);
  const available = (regions.data ?? []).filter((item) => item.available).sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  const problems = {
    name: imageNameProblem(name),
    // The address is checked as it is typed; an empty field waits for a first submit.
    url: url.trim() === '' ? (tried ? 'Enter the address of the disk image.' : null) : imageUrlProblem(url),
    region: region === '' ? 'Choose the region the image is imported into.' : null,
    description: description.length > 4096 ? 'Keep the description to 4,096 characters or fewer.' : null,
    tags: tagsProblem(tags),
  };
  const blocking = problems.name ?? (url.trim() === '' ? 'Enter the address of the disk image.' : problems.url) ?? problems.region ?? problems.description ?? problems.tags;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (blocking !== null || importImage.isPending) return;
    const picked = distributions.find((item) => item === distribution);
    const request: NewCustomImage = {
      name: name.trim(),
      url: url.trim(),
      region,
      ...(picked === undefined ? {} : { distribution: picked }),
      ...(description === '' ? {} : { description }),
      ...(tags.length === 0 ? {} : { tags }),
    };
    importImage.mutate(request, { onSuccess: onImported });
  };

  return (
    <form className="image-dialog" onSubmit={submit} noValidate>
      <TextField
        label="Name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        onBlur={() => setTouched({ name: true })}
        error={(touched.name || tried) && problems.name ? problems.name : undefined}
        autoComplete="off"
        spellCheck={false}
        data-autofocus
      />
      <TextField
        label="Image URL"
        type="url"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        error={problems.url ?? undefined}
        hint={imageUrlHint}
        placeholder="https://example.com/images/disk.qcow2"
        autoComplete="off"
        spellCheck={false}
      />
      <FormSelect
        label="Region"
        value={region}
        onChange={setRegion}
        error={tried && problems.region ? problems.region : undefined}
        options={[
          { value: '', label: regions.isError ? 'Regions could not be loaded' : regions.data === undefined ? 'Loading regions…' : 'Choose a region' },
          ...available.map((item) => ({ value: item.slug, label: `${item.name} (${item.slug})` })),
        ]}
        hint="Only regions that take new resources are listed; transfer the image to others later."
      />
      <FormSelect
        label="Distribution (optional)"
        value={distribution}
        onChange={setDistribution}
        options={[{ value: '', label: 'Not specified' }, ...distributions.map((item) => ({ value: item, label: item }))]}
      />
      <TextAreaField label="Description (optional)" value={description} onChange={(event) => setDescription(event.target.value)} error={problems.description ?? undefined} />
      <TextField
        label="Tags (optional)"
        value={tagText}
        onChange={(event) => setTagText(event.target.value)}
        error={problems.tags ?? undefined}
        hint="Separate tags with commas or spaces; letters, digits, underscores, hyphens and colons."
        autoComplete="off"
        spellCheck={false}
      />
      {importImage.error ? <ActionFailure title="Couldn't start the import" error={importImage.error} resource="image" /> : null}
      <DialogActions>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <GuardedButton type="submit" variant="primary" unavailable={tried ? blocking : null} busy={importImage.isPending}>
          Import image
        </GuardedButton>
      </DialogActions>
    </form>
  );
};

export interface ImportImageDialogProps {
  open: boolean;
  onClose: () => void;
  onImported: (row: ImageRow) => void;
}

export const ImportImageDialog = ({ open, onClose, onImported }: ImportImageDialogProps) => (
  <Dialog
    open={open}
    onOpenChange={(isOpen) => {
      if (!isOpen) onClose();
    }}
    title="Import a custom image"
    description="DigitalOcean downloads the disk image from its URL; the import takes a few minutes and shows its progress in the list."
    size="wide"
  >
    <ImportImageForm onCancel={onClose} onImported={onImported} />
  </Dialog>
);
