import type { RequestBody } from '../actions/entry';
import { imageKinds, type ImageActionFields, type ImageActionKind, type ImageKind } from '../actions/image-kinds';
import { z } from '../zod';
import { actionBodySchema } from './action-fields';

/** `POST /v2/images/{id}/actions`: one of the catalogue's image actions (shared/actions/image-kinds.ts). */
export type ImageActionRequest = { [K in ImageActionKind]: RequestBody<K, ImageActionFields[K]> }[ImageActionKind];

const actionKinds = (Object.keys(imageKinds) as ImageKind[]).filter((kind): kind is ImageActionKind => imageKinds[kind].request !== null);

const [first, ...rest] = actionKinds.map((kind) => actionBodySchema(kind, imageKinds[kind].request ?? {}));

/** Stricter than the spec, whose `anyOf` lets a transfer without a region through (FACTS.md §3). */
export const imageActionSchema = z.discriminatedUnion('type', [first as NonNullable<typeof first>, ...rest]) as unknown as z.ZodType<
  ImageActionRequest,
  ImageActionRequest
>;
