import { spawn } from 'node:child_process';
import readline from 'node:readline';

/** One entry of a verbose GNU tar listing (`tar -tv --quoting-style=escape`). */
export interface TarEntry {
  /** Type character from the mode string: `-` regular, `d` dir, `l` symlink, `h` hardlink, `c`/`b` device, `p` fifo, … */
  type: string;
  /** Member name, unescaped. */
  name: string;
  /** Size in bytes (0 for devices / links). */
  size: number;
  /** Symlink / hardlink target when present. */
  linkTarget?: string;
  /** The raw listing line. */
  line: string;
}

// mode owner size date time name  (size may be "maj,min" for devices; date/time vary with --full-time)
const LINE_RE = /^(\S)\S*\s+\S+\s+(\S+)\s+(\d{4,}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d+)?)?|-?\d+) (.*)$/s;

/**
 * Undo GNU tar's `escape` quoting style: `\\`, `\n`, `\t`, … and `\ooo` octal bytes. Returns
 * undefined if the result is not valid UTF-8 (we could not pass such a name back to tar).
 */
export function unescapeTarName(s: string, lenient: true): string;
export function unescapeTarName(s: string, lenient?: boolean): string | undefined;
export function unescapeTarName(s: string, lenient = false): string | undefined {
  if (!s.includes('\\')) return s;
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11, b: 8, a: 7, '\\': 92, ' ': 32, '"': 34, "'": 39, '?': 63 };
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '\\' || i === s.length - 1) {
      for (const b of Buffer.from(ch, 'utf8')) bytes.push(b);
      continue;
    }
    const next = s[i + 1]!;
    const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4));
    if (oct) {
      bytes.push(parseInt(oct[0], 8) & 0xff);
      i += oct[0].length;
    } else if (next in simple) {
      bytes.push(simple[next]!);
      i += 1;
    } else {
      bytes.push(92);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: !lenient }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/** Parse one line of `LC_ALL=C tar -tv --quoting-style=escape` output; undefined if it does not parse. */
export function parseTarVerboseLine(line: string): TarEntry | undefined {
  const m = LINE_RE.exec(line);
  if (!m) return undefined;
  const type = m[1]!;
  const sizeField = m[2]!;
  let rest = m[4]!;
  let linkTarget: string | undefined;
  if (type === 'l') {
    const at = rest.indexOf(' -> ');
    if (at >= 0) {
      linkTarget = rest.slice(at + 4);
      rest = rest.slice(0, at);
    }
  } else if (type === 'h') {
    const at = rest.indexOf(' link to ');
    if (at >= 0) {
      linkTarget = rest.slice(at + 9);
      rest = rest.slice(0, at);
    }
  }
  // A name that is not UTF-8 is kept with U+FFFD for its bad bytes: its `..` and `/` are still
  // seen (an unsafe name refuses the archive), and it never equals a member we would extract.
  const name = unescapeTarName(rest, true);
  const size = /^\d+$/.test(sizeField) ? Number(sizeField) : 0;
  const entry: TarEntry = { type, name, size, line };
  if (linkTarget !== undefined) entry.linkTarget = unescapeTarName(linkTarget) ?? linkTarget;
  return entry;
}

/** True for absolute names or names with a `..` component (either separator). */
export function isUnsafeMemberName(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[A-Za-z]:/.test(name)) return true;
  return name.split(/[\\/]+/).some((c) => c === '..');
}

export interface TarRunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderrFirstLine: string;
  stderr: string;
}

/** Environment for tar: stable C locale, no TAR_OPTIONS injection. */
function tarEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  delete env.TAR_OPTIONS;
  return env;
}

const MAX_STDERR = 64 * 1024;

/**
 * Run `tar` with an argument array (never a shell). `onLine` receives each stdout line; it may
 * return `false` to stop early (tar is then killed and `stopped` is true).
 */
export function runTar(
  args: string[],
  onLine?: (line: string) => boolean | void,
): Promise<TarRunResult & { stopped: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'pipe', 'pipe'], env: tarEnv() });
    let stderr = '';
    let stopped = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR) stderr += chunk.slice(0, MAX_STDERR - stderr.length);
    });
    let rl: readline.Interface | undefined;
    if (onLine) {
      rl = readline.createInterface({ input: child.stdout, crlfDelay: Infinity });
      rl.on('line', (line) => {
        if (stopped) return;
        if (onLine(line) === false) {
          stopped = true;
          rl?.close();
          child.kill('SIGKILL');
        }
      });
    } else {
      child.stdout.resume();
    }
    child.on('error', (err) => reject(err));
    child.on('close', (code, signal) => {
      const firstLine =
        stderr
          .split('\n')
          .map((l) => l.trim())
          .find((l) => l.length > 0 && !/Removing leading/.test(l)) ?? '';
      resolve({ code, signal, stderr, stderrFirstLine: firstLine, stopped });
    });
  });
}
