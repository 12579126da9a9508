/** A duration as people say it: "under a second", "42 s", "3 min 5 s", "12 min", "1 h 5 min". */
export const formatDuration = (ms: number): string => {
  if (!Number.isFinite(ms) || ms < 1000) return 'under a second';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  // Seconds matter for a few minutes; past ten they are noise.
  if (minutes < 10) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const roundedMinutes = Math.round(seconds / 60);
  if (roundedMinutes < 60) return `${roundedMinutes} min`;
  const hours = Math.floor(roundedMinutes / 60);
  return roundedMinutes % 60 === 0 ? `${hours} h` : `${hours} h ${roundedMinutes % 60} min`;
};
