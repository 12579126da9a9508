/**
 * A droplet's name becomes its hostname, so the panel holds it to RFC 1123 hostnames: labels of 1–63
 * letters, digits and hyphens, no hyphen at either end of a label, dots between labels, at most 253 in
 * all. The spec's own pattern (`^[a-zA-Z0-9]?[a-z0-9A-Z.\-]*[a-z0-9A-Z]$`, 255 characters) is looser
 * (it lets `-web` and 70-character labels through); every name this rule accepts also matches it.
 */
const maxNameLength = 253;
const maxLabelLength = 63;

const alphanumeric = /^[a-zA-Z0-9]$/;
const quoted = (label: string) => `“${label.length > 20 ? `${label.slice(0, 20)}…` : label}”`;

/**
 * Why a droplet name would be refused, in words for the person typing it, or null when it is valid.
 * The same check runs in the form (before any request) and on the main side (before the API).
 */
export const dropletNameProblem = (name: string): string | null => {
  if (name.length === 0) return 'Enter a name.';
  if (name.length > maxNameLength) return `Use at most ${maxNameLength} characters (this has ${name.length}).`;
  if (/[^a-zA-Z0-9.-]/.test(name)) return 'Use only letters a–z, digits, dots and hyphens (no spaces, underscores or accents).';
  if (!alphanumeric.test(name[0] ?? '')) return 'Start the name with a letter or a digit.';
  if (!alphanumeric.test(name.at(-1) ?? '')) return 'End the name with a letter or a digit.';
  if (name.includes('..')) return 'Put letters or digits between dots: two dots in a row leave an empty part.';
  const labels = name.split('.');
  for (const label of labels) {
    if (label.length > maxLabelLength) {
      return labels.length === 1
        ? `Use at most ${maxLabelLength} characters, or split the name with dots (this has ${label.length}).`
        : `Keep each part between dots to at most ${maxLabelLength} characters (${quoted(label)} has ${label.length}).`;
    }
    if (label.startsWith('-') || label.endsWith('-')) return `Start and end each part between dots with a letter or a digit (${quoted(label)} does not).`;
  }
  return null;
};
