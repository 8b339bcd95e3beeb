/** The search filters (status, category, audience, release line): their URL parameters and the values offered. */
export const filterKeys = ['status', 'category', 'audience', 'release'] as const;

export type FilterKey = (typeof filterKeys)[number];

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export type FilterOptions = Record<FilterKey, FilterOption[]>;
