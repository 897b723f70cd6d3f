/**
 * Error types that say what failed, so that a caller decides what to do by the type of an error,
 * never by the words of its message.
 */

/** A problem with the input (a file, an archive, a line) that is reported and survived. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * A kernel-DB snapshot that cannot be read: a broken or refused archive, gzip stream or SQLite
 * file, or a system program (`tar`, `xz`) that could not be run for it. The run goes on without
 * its census, with a warning.
 */
export class SnapshotError extends InputError {
  constructor(
    /** The snapshot as given (archive, `.sqlite.gz`, DB or directory). */
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'SnapshotError';
  }
}
