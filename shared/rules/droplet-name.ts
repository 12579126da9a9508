/** The spec's hostname pattern for droplet names: ASCII letters, digits, '.' and '-', ending in a letter or digit. */
export const dropletNamePattern = /^[a-zA-Z0-9]?[a-z0-9A-Z.-]*[a-z0-9A-Z]$/;
export const dropletNameMaxLength = 255;

/**
 * Why a droplet name would be refused, in words for the person typing it, or null when it is valid.
 * The same check runs in the form (before any request) and on the main side (before the API).
 */
export const dropletNameProblem = (name: string): string | null => {
  if (name.length === 0) return 'Enter a name.';
  if (name.length > dropletNameMaxLength) return `Use at most ${dropletNameMaxLength} characters (this has ${name.length}).`;
  if (/[^a-zA-Z0-9.-]/.test(name)) return 'Use only letters a–z, digits, dots and hyphens (no spaces, underscores or accents).';
  if (!dropletNamePattern.test(name)) return 'End the name with a letter or a digit.';
  return null;
};
