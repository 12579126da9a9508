import { dropletNameProblem } from '../rules/droplet-name';
import { tagNameProblem } from '../rules/tag-name';
import { z } from '../zod';

/** A Droplet name the API accepts, refused with the same words the form shows. */
export const dropletNameSchema = z.string().superRefine((name, context) => {
  const problem = dropletNameProblem(name);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});

/** A tag name the API accepts, refused with the same words the form shows. */
export const tagNameSchema = z.string().superRefine((tag, context) => {
  const problem = tagNameProblem(tag);
  if (problem) context.addIssue({ code: 'custom', message: problem });
});
