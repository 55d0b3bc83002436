import { describe, expect, it } from 'vitest';
import { readCaseInput, shortLinkTarget } from '../../src/lib/compare/case-input.ts';

describe('readCaseInput', () => {
  it('reads a case page address, full or relative, with or without a fragment', () => {
    expect(readCaseInput('https://example.org/cases/baodi-yizhan/#p5')).toEqual({ kind: 'id', id: 'baodi-yizhan' });
    expect(readCaseInput(' /cases/baodi-yizhan/ ')).toEqual({ kind: 'id', id: 'baodi-yizhan' });
  });
  it('reads a short link in any letter case, full, relative or bare', () => {
    for (const typed of ['/c/dkdxb93/', '/c/DKDXB93/', 'https://example.org/c/DkDxB93', 'example.org/c/dkdxb93/?x#p2', 'DKDXB93', 'dkdxb93'])
      expect(readCaseInput(typed), typed).toEqual({ kind: 'short', path: '/c/dkdxb93/' });
  });
  it('reads Crockford look-alikes in a link as /c/ does (O for 0, I and L for 1)', () => {
    expect(readCaseInput('/c/DKDXBO3/')).toEqual({ kind: 'short', path: '/c/dkdxb03/' });
  });
  it('takes an id-shaped word that is not a code as an id', () => {
    expect(readCaseInput('nanjing-cheguansuo')).toEqual({ kind: 'id', id: 'nanjing-cheguansuo' });
    expect(readCaseInput('nanjing')).toEqual({ kind: 'id', id: 'nanjing' });
  });
  it('searches for anything else: a title, a place, words', () => {
    expect(readCaseInput('擦亮为民服务的窗口')).toEqual({ kind: 'search', text: '擦亮为民服务的窗口' });
    expect(readCaseInput('宝坻')).toEqual({ kind: 'search', text: '宝坻' });
    expect(readCaseInput('/c/toolong12/')).toEqual({ kind: 'search', text: '/c/toolong12/' });
  });
  it('reads nothing from blank input', () => {
    expect(readCaseInput('  ')).toBeNull();
  });
});

describe('shortLinkTarget', () => {
  it('finds the case a short-link page leads to', () => {
    expect(shortLinkTarget('<main><p>正在转到案例：<a href="/cases/baodi-yizhan/" data-short-target>题</a></p></main>')).toBe('baodi-yizhan');
    expect(shortLinkTarget('<a data-short-target href="/cases/a-b/">x</a>')).toBe('a-b');
  });
  it('finds nothing on another page', () => {
    expect(shortLinkTarget('<a href="/cases/a-b/">x</a>')).toBeNull();
  });
});
