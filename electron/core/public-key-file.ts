import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PublicKeyFile } from '../../shared/operations/ssh-keys';
import { MAX_PUBLIC_KEY_LENGTH } from '../../shared/ssh-keys/public-key';
import { AppError } from './errors';

/**
 * Reads a public key file the user chose: a regular file no longer than a public key can be (so a
 * chosen disk image or log is refused before it is read), as UTF-8. The key itself is checked by the
 * form and again when it is sent.
 */
export const readPublicKeyFile = async (filePath: string): Promise<PublicKeyFile> => {
  const fileName = path.basename(filePath);
  let info;
  try {
    info = await stat(filePath);
  } catch {
    throw AppError.of('not_found', `${fileName} could not be opened.`);
  }
  if (!info.isFile()) throw AppError.of('validation', `${fileName} is not a file.`);
  if (info.size > MAX_PUBLIC_KEY_LENGTH) throw AppError.of('validation', `${fileName} is too large to be a public key (${info.size} bytes).`);
  return { fileName, text: await readFile(filePath, 'utf8') };
};
