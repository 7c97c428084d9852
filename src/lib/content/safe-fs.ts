/**
 * Reading the content folder safely: only regular files and folders inside it are read. A
 * link could bring in any file of the machine, a named pipe would block the reading for ever,
 * and a huge file would stall it; each is reported, at the file, as a problem an editor can fix.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  type Stats,
} from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problem.ts';
import { readingProblem, type ReadingProblemId } from './reading-problems.ts';

/** The largest content file that is read: far more than any story or source text needs. */
export const MAX_CONTENT_FILE_BYTES = 1024 * 1024;

/**
 * Opened without following a link and without waiting for a writer: a file swapped for a link
 * or a pipe after it was listed fails to open instead of being read. Windows has neither flag
 * (nor named pipes in its file system).
 */
const OPEN_FLAGS =
  process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** An entry of a content folder: a regular file, a real folder, or anything else, refused. */
export interface Entry {
  name: string;
  path: string;
  kind: 'file' | 'folder' | 'refused';
}

function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MiB` : `${String(Math.ceil(bytes / 1024))} KiB`;
}

/** What a file that is neither a regular file, a folder nor a link is, in an editor's words. */
function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isBlockDevice() || stats.isCharacterDevice()) return 'a device';
  return 'not a regular file';
}

/** Lists folders and reads files of the content safely, reporting what it refuses into `problems`. */
export class SafeReader {
  private readonly problems: Problem[];
  /** The path as messages show it. */
  readonly display: (path: string) => string;

  constructor(problems: Problem[], display: (path: string) => string) {
    this.problems = problems;
    this.display = display;
  }

  report(id: ReadingProblemId, path: string, message: string, hint: string): void {
    this.problems.push(readingProblem(id, { file: this.display(path), line: 1, column: 1 }, message, hint));
  }

  private reportLink(path: string): void {
    this.report(
      'regular-files',
      path,
      `${this.display(path)} is a symbolic link; content files must be regular files inside content/`,
      'replace the link with the file or folder itself (a copy, not a link): links are not followed',
    );
  }

  private reportSpecial(path: string, stats: Stats): void {
    this.report(
      'regular-files',
      path,
      `${this.display(path)} is ${kindOf(stats)}; content files must be regular files inside content/`,
      'remove it: it is not read',
    );
  }

  /**
   * The entries of a folder, sorted by name. Links and special files are reported, once
   * each, and listed as refused; hidden ones are left out silently, as editors keep their
   * lock files there (often as links). The content folder itself may be reached
   * through a link: it is the one the editor named.
   */
  list(dir: string, isRoot = false): Entry[] {
    let names: string[];
    try {
      if (!(isRoot ? statSync(dir) : lstatSync(dir)).isDirectory()) return [];
      names = readdirSync(dir).sort();
    } catch {
      return [];
    }
    const entries: Entry[] = [];
    for (const name of names) {
      const path = join(dir, name);
      let stats: Stats;
      try {
        stats = lstatSync(path);
      } catch {
        continue;
      }
      if (stats.isFile() || stats.isDirectory()) {
        entries.push({ name, path, kind: stats.isDirectory() ? 'folder' : 'file' });
        continue;
      }
      if (name.startsWith('.')) continue;
      if (stats.isSymbolicLink()) this.reportLink(path);
      else this.reportSpecial(path, stats);
      entries.push({ name, path, kind: 'refused' });
    }
    return entries;
  }

  /** The text of a regular file, or undefined (with the problem reported) when it cannot be read safely. */
  readText(path: string): string | undefined {
    let fd: number;
    try {
      fd = openSync(path, OPEN_FLAGS);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ELOOP: the file became a link after it was listed.
      if (code === 'ELOOP') this.reportLink(path);
      else
        this.report(
          'unreadable-files',
          path,
          `the file cannot be read (${code ?? String(error)})`,
          'check that the file exists and may be read',
        );
      return undefined;
    }
    try {
      const stats = fstatSync(fd);
      if (!stats.isFile()) {
        this.reportSpecial(path, stats);
        return undefined;
      }
      if (stats.size > MAX_CONTENT_FILE_BYTES) {
        this.report(
          'file-size',
          path,
          `the file is ${sizeInWords(stats.size)}, more than the ${sizeInWords(MAX_CONTENT_FILE_BYTES)} a content file may have`,
          'split a long story into sections, and keep in a source text only the passages that hold its quotes',
        );
        return undefined;
      }
      return readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  }
}
