/** HTTP status codes as the site presents them: the key used in URLs, the class, the reason phrase. */

/** An entry's status: an HTTP status code, or `tls` for failures during the TLS handshake (no HTTP response). */
export type StatusKey = number | 'tls';

export const tlsStatus = 'tls' as const;

export type StatusClass = 'client-error' | 'server-error' | 'other' | 'tls';

export function statusClass(status: StatusKey): StatusClass {
  if (status === tlsStatus) return 'tls';
  if (status >= 400 && status < 500) return 'client-error';
  if (status >= 500 && status < 600) return 'server-error';
  return 'other';
}

export const statusClassLabels: Record<StatusClass, string> = {
  'client-error': '4xx client error',
  'server-error': '5xx server error',
  other: 'Other',
  tls: 'TLS handshake, no HTTP response',
};

/** Orders statuses numerically, with `tls` last. */
export function compareStatus(a: StatusKey, b: StatusKey): number {
  if (a === b) return 0;
  if (a === tlsStatus) return 1;
  if (b === tlsStatus) return -1;
  return a - b;
}

export function statusLabel(status: StatusKey): string {
  return status === tlsStatus ? 'TLS' : String(status);
}

/** The badge colour of a status (Tailwind class), shared by server-rendered badges and search results. */
export function statusBadgeColour(status: StatusKey): string {
  return { 'client-error': 'bg-client-error', 'server-error': 'bg-server-error', tls: 'bg-tls', other: 'bg-slate-600' }[
    statusClass(status)
  ];
}

/** The status a label stands for: `TLS` → `tls`, `403` → 403. */
export function statusFromLabel(label: string): StatusKey {
  return label === statusLabel(tlsStatus) ? tlsStatus : Number(label);
}
