/**
 * Permanent ids: every id that is part of a URL (cases, sources, methods,
 * themes) is lowercase kebab-case ASCII. A case's id is its file's base name.
 * Browser-safe (the handout checks ids from its URL with it).
 */

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CaseIdError extends Error {}

/** The id a case file claims: its base name without `.mdx` (`sub/a-b.mdx` → `a-b`). */
export function caseIdOf(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.mdx?$/, '');
}

/**
 * Returns an id generator that rejects malformed ids and two files claiming the
 * same id, naming the files, so a collision fails the build instead of one case
 * silently replacing the other.
 */
export function createCaseIdGenerator(baseLabel: string) {
  const seen = new Map<string, string>();
  const generate = ({ entry }: { entry: string }): string => {
    const id = caseIdOf(entry);
    if (!ID_PATTERN.test(id)) {
      throw new CaseIdError(`${baseLabel}/${entry}: case id "${id}" must be lowercase kebab-case ASCII (file name = permanent URL)`);
    }
    const other = seen.get(id);
    if (other !== undefined && other !== entry) {
      throw new CaseIdError(`Duplicate case id "${id}": ${baseLabel}/${other} and ${baseLabel}/${entry}`);
    }
    seen.set(id, entry);
    return id;
  };
  /** Frees an id whose file was deleted or moved (`astro dev`), so it may be claimed again. */
  const release = (id: string) => void seen.delete(id);
  return Object.assign(generate, { release });
}
