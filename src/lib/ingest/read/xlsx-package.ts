/**
 * An .xlsx package as other tools write it → the layout read-excel-file
 * expects. The reader takes the workbook at xl/workbook.xml with its
 * relationships at xl/_rels/workbook.xml.rels and looks each part up by the
 * exact name a relationship gives; but OPC (ECMA-376 Part 2) lets a package
 * put the workbook where _rels/.rels says, name parts relative to their
 * source (./, ../) or absolutely, and compares part names case-insensitively
 * (WPS and some generators write Target="/xl/worksheets/Sheet1.xml" for the
 * entry xl/worksheets/sheet1.xml). So the relationships are resolved here the
 * way the standard does, and only when the package differs is it rewritten
 * with every part at its resolved name; a part named but absent is refused
 * with the relationship that names it.
 */
import path from 'node:path/posix';
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { DecodeError } from '../decode.ts';

const OFFICE_DOCUMENT = /\/officeDocument$/;

export const partName = (name: string) => name.replace(/\\/g, '/').replace(/^\/+/, '');
const relsOf = (part: string) => path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);
/** A relationship's target resolved against its source part's folder, as OPC resolves it. */
export const resolve = (source: string, target: string) =>
  partName(target.startsWith('/') ? path.normalize(target) : path.normalize(path.join(path.dirname(source), target)));

export function relationships(xml: string): Element[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  return Array.from(doc.querySelectorAll('*')).filter((e) => e.tagName.replace(/^.*:/, '') === 'Relationship' && e.getAttribute('TargetMode') !== 'External');
}

/** The package bytes read-excel-file can read: the input itself when it already has that layout. */
export async function canonicalXlsx(file: string, bytes: Uint8Array): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes; // not a zip: read-excel-file's own message says so
  }
  const entries = new Map<string, JSZip.JSZipObject>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) entries.set(partName(entry.name).toLowerCase(), entry);
  const find = (part: string) => entries.get(part.toLowerCase());
  const rootRels = find('_rels/.rels');
  const officeDocument = rootRels && relationships(await rootRels.async('string')).find((r) => OFFICE_DOCUMENT.test(r.getAttribute('Type') ?? ''));
  const workbook = officeDocument ? resolve('', officeDocument.getAttribute('Target') ?? '') : 'xl/workbook.xml';
  const workbookEntry = find(workbook);
  const relsEntry = find(relsOf(workbook));
  if (!workbookEntry || !relsEntry) return bytes; // read-excel-file names the missing part
  const relsXml = await relsEntry.async('string');
  const targets = relationships(relsXml).map((r) => {
    const target = r.getAttribute('Target') ?? '';
    const resolved = resolve(workbook, target);
    const entry = find(resolved);
    if (!entry) throw new DecodeError(`${file}: the workbook's relationship ${r.getAttribute('Id')} names the part “${target}” (${resolved}), which is not in the package; open it in Excel or WPS and 另存为 Excel 工作簿 (.xlsx) again`);
    return { rel: r, target, name: partName(entry.name) };
  });
  const canonical =
    workbookEntry.name === 'xl/workbook.xml' &&
    relsEntry.name === 'xl/_rels/workbook.xml.rels' &&
    targets.every(({ target, name }) => `xl/${target}` === name || target === `/${name}`);
  if (canonical) return bytes;
  const out = new JSZip();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || entry === workbookEntry || entry === relsEntry) continue;
    out.file(partName(entry.name), await entry.async('uint8array'));
  }
  out.file('xl/workbook.xml', await workbookEntry.async('uint8array'));
  let rewritten = relsXml;
  for (const { target, name } of targets) rewritten = rewritten.split(`Target="${target}"`).join(`Target="/${name}"`);
  out.file('xl/_rels/workbook.xml.rels', rewritten);
  return out.generateAsync({ type: 'uint8array' });
}
