/**
 * The request for the search table (`/exact-matches.json`), made once per base and shared: the trigger
 * starts it together with the search code, so the two arrive in parallel, and the search reads it.
 */
import type { SearchTableEntry } from '../lib/paste/table';

const requests = new Map<string, Promise<SearchTableEntry[]>>();

export function fetchSearchTable(base: string): Promise<SearchTableEntry[]> {
  let request = requests.get(base);
  if (!request) {
    request = fetch(`${base}exact-matches.json`)
      .then((response) => {
        if (!response.ok) throw new Error(`The search table answered ${response.status}`);
        return response.json() as Promise<SearchTableEntry[]>;
      })
      .catch((error: unknown) => {
        // A failed request (offline for a moment, a deploy in progress) is tried again at the next query.
        requests.delete(base);
        throw error;
      });
    requests.set(base, request);
  }
  return request;
}
