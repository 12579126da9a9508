/** Memory given in MB, as DigitalOcean gives it: `512 MB`, `2 GB`, `1.5 GB`. */
export const formatMemory = (mb: number): string => (mb < 1024 ? `${mb} MB` : `${Number((mb / 1024).toFixed(1))} GB`);
