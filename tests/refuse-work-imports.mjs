/**
 * Preloaded (node --import) by script-help.test.ts: any module resolved under
 * $REFUSE_IMPORTS_UNDER (a folder) throws, naming it, so a command's `--help`
 * that loads the modules doing its work fails where it loads them, instead of
 * only costing a CPU-second or two that no test sees.
 */
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';

const folder = process.env.REFUSE_IMPORTS_UNDER;
if (folder) {
  const prefix = pathToFileURL(folder.endsWith('/') ? folder : `${folder}/`).href;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      if (resolved.url.startsWith(prefix)) throw new Error(`${specifier} (from ${context.parentURL}) loaded before --help was answered`);
      return resolved;
    },
  });
}
