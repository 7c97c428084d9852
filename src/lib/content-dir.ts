import { isAbsolute, resolve } from 'node:path';

/**
 * The folder stories are read from: `content/`, or the folder named by CONTENT_DIR
 * (which lets a test build a small content set of its own).
 */
export function contentDir(root: string = process.cwd()): string {
  const configured = process.env['CONTENT_DIR'];
  if (!configured) return resolve(root, 'content');
  return isAbsolute(configured) ? configured : resolve(root, configured);
}
