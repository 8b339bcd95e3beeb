/** The search filters (status, category, audience): their URL parameters and the values offered. */
export const filterKeys = ['status', 'category', 'audience'] as const;

export type FilterKey = (typeof filterKeys)[number];

export interface FilterOption {
  value: string;
  label: string;
  count: number;
}

export type FilterOptions = Record<FilterKey, FilterOption[]>;
