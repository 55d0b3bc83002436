import { describe, expect, it } from 'vitest';
import { canonicalShortPath } from '../../src/lib/short-code-format.ts';
import { shortCode } from '../../src/lib/node/short-code.ts';

describe('canonicalShortPath', () => {
  it('reads a code typed in upper or mixed case, with or without the slash', () => {
    expect(canonicalShortPath('/c/CRC2HJE/')).toBe('/c/crc2hje/');
    expect(canonicalShortPath('/c/Crc2hje')).toBe('/c/crc2hje/');
  });
  it("reads Crockford's look-alikes: I and L as 1, O as 0", () => {
    expect(canonicalShortPath('/c/O54ZEYE/')).toBe('/c/054zeye/');
    expect(canonicalShortPath('/c/lIs11sq/')).toBe('/c/11s11sq/');
  });
  it('leaves canonical addresses, other paths and impossible codes alone', () => {
    expect(canonicalShortPath('/c/crc2hje/')).toBeUndefined();
    expect(canonicalShortPath('/cases/x/')).toBeUndefined();
    expect(canonicalShortPath('/c/abc/')).toBeUndefined();
    expect(canonicalShortPath('/c/UUUUUUU/')).toBeUndefined();
  });
  it('round-trips every code the build derives', () => {
    for (const id of ['nanjing-cheguansuo', 'baodi-yizhan-sanzhongxin', 'a', 'x-y-z']) {
      const code = shortCode(id);
      expect(canonicalShortPath(`/c/${code.toUpperCase()}/`) ?? `/c/${code}/`).toBe(`/c/${code}/`);
    }
  });
});
