/** The spec's tag pattern: letters, digits, '_', '-' and ':'. */
export const tagNamePattern = /^[a-zA-Z0-9_:-]+$/;
export const tagNameMaxLength = 255;

/** Why a tag name would be refused, or null when it is valid. */
export const tagNameProblem = (tag: string): string | null => {
  if (tag.length === 0) return 'Enter a tag.';
  if (tag.length > tagNameMaxLength) return `Use at most ${tagNameMaxLength} characters.`;
  if (!tagNamePattern.test(tag)) return 'Use only letters, digits, underscores, hyphens and colons.';
  return null;
};
