import { areas, type Area } from '../../shared/app-types';

/** Each area's address inside the app (the part after `#`). */
export const areaPath = (area: Area): string => `/${area}`;

export const isArea = (value: unknown): value is Area => areas.some((area) => area === value);
