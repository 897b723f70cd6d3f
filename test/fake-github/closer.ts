import type http from 'node:http';

/** An idempotent close for a fake server: drops open (also stalled) connections, then stops listening. */
export function closer(server: http.Server): () => Promise<void> {
  let closed: Promise<void> | undefined;
  return () =>
    (closed ??= new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }));
}
