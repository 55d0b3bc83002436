/**
 * The entries of a folder and all its subfolders, as one list; none when the
 * folder does not exist (an empty library, a copy not made yet), any other
 * error thrown. The one walk that listing cases, stamping a tree and syncing
 * the desk's check copy share.
 */
import { readdirSync, type Dirent } from 'node:fs';

export function entriesUnder(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
