import { isAbsolute, resolve } from 'node:path';

/**
 * The folder stories are read from: the project's `content/`, or the folder named by
 * CONTENT_DIR (which lets a test build a small content set of its own). A relative
 * CONTENT_DIR is read from where the command runs, as any path given in the environment is:
 * the same folder for the build's guard, its collections and its search index, whatever
 * `--root` the build is given.
 */
export function contentDir(root: string = process.cwd()): string {
  const configured = process.env['CONTENT_DIR'];
  if (!configured) return resolve(root, 'content');
  return isAbsolute(configured) ? configured : resolve(process.cwd(), configured);
}
