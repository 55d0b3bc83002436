import { describe, expect, it } from 'vitest';
import { labelKey } from '../../src/lib/ingest/case-record-labels.ts';

describe('a form label and its bracketed filling instruction', () => {
  it('reads a length or what to put there as no part of the label', () => {
    expect(labelKey('案例正文（3000字以内）')).toBe('案例正文');
    expect(labelKey('案 例 正 文（限800字）')).toBe('案例正文');
    expect(labelKey('推荐单位（盖章）')).toBe('推荐单位');
  });
  it('keeps a bracket that says what the field holds', () => {
    expect(labelKey('主要做法（关键词）')).toBe('主要做法（关键词）');
  });
});
