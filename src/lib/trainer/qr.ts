/**
 * QR codes as SVG path data, made where they are shown (no network, no
 * image files): one rectangle per run of dark modules in a row.
 */
import { encode } from 'uqr';

export interface QrPath {
  /** Width and height in modules, quiet zone included. */
  size: number;
  /** SVG path data of the dark modules, one unit per module. */
  d: string;
}

/** Quiet zone of four modules, as the QR standard asks. */
const BORDER = 4;

export function qrPath(text: string): QrPath {
  // Error correction M: survives a crease or a smudge on a printed handout.
  const { data, size } = encode(text, { ecc: 'M', border: BORDER });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x++;
      parts.push(`M${start} ${y}h${x - start}v1h${start - x}z`);
    }
  });
  return { size, d: parts.join('') };
}

/** The module matrix, for tests that decode the code again. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: BORDER }).data;
}
