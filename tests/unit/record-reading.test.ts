/**
 * Recording a correction, doubt or lacuna without touching the body by hand
 * (src/lib/ingest/record-reading.ts): the entry goes into `corrections`, the
 * body follows from raw + corrections, a matching doubt proposal is answered,
 * and nothing else in the file changes. A small inline draft for the details,
 * a copy of the fixture library for check:content afterwards.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixtureLibrary } from '../fixture-library.ts';
import { parseCaseSource } from '../../src/lib/case-mdx.ts';
import { caseFidelityProblems, checkContent } from '../../src/lib/node/content-checks.ts';
import { readRawLines } from '../../src/lib/node/raw-source.ts';
import { proposedCorrection, proposedOriginalError, ReadingError, recordReading, removeReading } from '../../src/lib/ingest/record-reading.ts';
import { correctionNoteOf, openFlagLines, originalErrorNoteOf, substitutionNote } from '../../src/lib/ingest/reading-flags.ts';

const RAW = ['某县党员联系户', '', '党员联户人社,解决难题。人户走访。', '', '全村义务出1:600多人次,作用落', '', '实到家家户户。长宁做法基础上。', '', '【点评】', '', '人户走访好。'];

const HEAD = `---
# 草稿：由 npm run ingest 生成。
# 待核：第1段：疑“入”误作“人”：“联户人社,解决”
# 待核：原文未署作者
title: 某县党员联系户
source:
  id: source-x
  lines: [3, 11]
  titleLine: 1
corrections:
  - type: join
    p: 2
    after: 作用落
summary: 编者的摘要。  # a comment the editor wrote
`;
const PROPOSALS = `proposals:
  - { field: methods, value: dangyuan-lianxihu, p: 1, quote: 党员联户, why: 原文作“联户” }
  - { field: doubt, value: 疑“入”误作“人”, p: 1, quote: 联户人社，解决, why: 可记为校正 }
`;
const BODY = `---

党员联户人社，解决难题。人户走访。

全村义务出1:600多人次，作用落实到家家户户。长宁做法基础上。

【点评】

人户走访好。
`;
const DRAFT = HEAD + PROPOSALS + BODY;
const options = { rawLines: RAW, file: 'drafts/x.mdx' };

const fidelity = (text: string) => {
  const file = parseCaseSource(text);
  return caseFidelityProblems(file, file.frontmatter as never, RAW);
};

describe('recordReading', () => {
  it('the inline draft is its raw text with its corrections', () => {
    expect(fidelity(DRAFT)).toEqual([]);
  });

  it('records a correction in paragraph order, regenerates that paragraph, answers the doubt proposal and changes nothing else', () => {
    const result = recordReading(DRAFT, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '“入”误作“人”，形近而误。' }, options);
    const expected = DRAFT.replace(
      'corrections:\n',
      'corrections:\n  - type: correct\n    p: 1\n    original: 联户人社\n    corrected: 联户入社\n    note: “入”误作“人”，形近而误。\n',
    )
      .replace('  - { field: doubt, value: 疑“入”误作“人”, p: 1, quote: 联户人社，解决, why: 可记为校正 }\n', '')
      .replace('# 待核：第1段：疑“入”误作“人”：“联户人社,解决”\n', '')
      .replace('\n党员联户人社，解决难题。', '\n党员联户入社，解决难题。');
    expect(result.text).toBe(expected);
    expect(result.notes).toEqual(['removed the settled line # 待核：第1段：疑“入”误作“人”：“联户人社,解决”']);
    expect(result.index).toBe(0);
    expect(result.answered).toEqual({ n: 2, value: '疑“入”误作“人”', quote: '联户人社，解决' });
    expect(result.changed).toEqual([{ p: 1, before: '党员联户人社，解决难题。人户走访。', after: '党员联户入社，解决难题。人户走访。' }]);
    expect(fidelity(result.text)).toEqual([]);
  });

  it('re-quotes a proposal whose quote the correction changes, and leaves the ones it does not touch', () => {
    const withTheme = DRAFT.replace(PROPOSALS, `${PROPOSALS}  - { field: themes, value: jiceng-dangjian, p: 1, quote: 党员联户人社, why: 入社 }\n`);
    const result = recordReading(withTheme, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '形近而误。' }, options);
    const proposals = parseCaseSource(result.text).frontmatter.proposals as Array<{ field: string; quote: string }>;
    expect(proposals.map((x) => [x.field, x.quote])).toEqual([
      ['methods', '党员联户'],
      ['themes', '党员联户入社'],
    ]);
    expect(result.text).toContain('  - { field: themes, value: jiceng-dangjian, p: 1, quote: "党员联户入社", why: 入社 }\n');
    expect(result.notes).toContain('proposal 3: quote now reads “党员联户入社”');
    // A quote the change cuts through is not guessed at: the editor is told.
    const cut = DRAFT.replace(PROPOSALS, `${PROPOSALS}  - { field: themes, value: jiceng-dangjian, p: 1, quote: 党员联户人, why: 入社 }\n`);
    const told = recordReading(cut, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '形近而误。' }, options);
    expect(told.notes).toContain('proposal 3: its quote “党员联户人” no longer stands in paragraph 1; quote the words as the body now reads');
    // Accepted evidence and key figures follow the body the same way.
    const accepted = DRAFT.replace('summary: 编者的摘要。', 'evidence:\n  dangyuan-lianxihu: { p: 1, quote: 党员联户人社 }\nkeyFigures:\n  - { label: 入社, quote: 联户人社 }\nsummary: 编者的摘要。');
    const followed = recordReading(accepted, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '形近而误。' }, options);
    const fm = parseCaseSource(followed.text).frontmatter as { evidence: Record<string, { quote: string }>; keyFigures: Array<{ quote: string }> };
    expect(fm.evidence['dangyuan-lianxihu']!.quote).toBe('党员联户入社');
    expect(fm.keyFigures[0]!.quote).toBe('联户入社');
    // Taking the correction out again gives the quotes back their raw reading, as it gives the body.
    const undone = removeReading(followed.text, 1, options);
    const back = parseCaseSource(undone.text).frontmatter as typeof fm;
    expect(back.evidence['dangyuan-lianxihu']!.quote).toBe('党员联户人社');
    expect(back.keyFigures[0]!.quote).toBe('联户人社');
    expect(undone.notes).toContain('evidence.dangyuan-lianxihu: quote now reads “党员联户人社”');
  });

  it('makes the label of a key figure follow a correction of the words it quotes, or asks for a new one where the correction cuts it', () => {
    const labelled = DRAFT.replace('summary: 编者的摘要。', 'keyFigures:\n  - { label: 党员联户人社, quote: 党员联户人社 }\nsummary: 编者的摘要。').replace(PROPOSALS, `${PROPOSALS}  - { field: keyFigures, value: { label: 联户人 }, p: 1, quote: 党员联户人社，解决, why: 数字 }\n  - { field: keyFigures, value: { label: 难题 }, p: 1, quote: 党员联户人社，解决难题, why: 数字 }\n`);
    const result = recordReading(labelled, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '形近而误。' }, options);
    const fm = parseCaseSource(result.text).frontmatter as { keyFigures: Array<{ label: string }>; proposals: Array<{ value: { label?: string } }> };
    expect(fm.keyFigures[0]!.label).toBe('党员联户入社');
    expect(result.notes).toContain('keyFigures[0]: label now reads “党员联户入社”');
    // “联户人” is cut by the correction: not guessed at, but asked for, and publish counts the line open.
    expect(fm.proposals.map((x) => x.value.label)).toEqual([undefined, '联户人', '难题']);
    expect(openFlagLines(result.text)).toContain('# 待核：关键数字的说明“联户人”引的是第1段改正前的文字（“联户人社”已改为“联户入社”）：请改写说明');
    expect(openFlagLines(result.text).filter((l) => l.includes('难题'))).toEqual([]);
    expect(fidelity(result.text)).toEqual([]);
  });

  it('takes words copied from the published paragraph and records them as the raw text has them', () => {
    const result = recordReading(DRAFT, { type: 'correct', p: 1, original: '人社，解决', corrected: '入社，解决', note: '形近而误。' }, options);
    expect(result.entry).toMatchObject({ type: 'correct', original: '人社,解决', corrected: '入社，解决' });
    expect(result.notes.join('\n')).toContain('“人社,解决”');
    expect(fidelity(result.text)).toEqual([]);
  });

  it('records a doubt and a lacuna without touching the body, after the entries of earlier paragraphs', () => {
    const doubt = recordReading(DRAFT, { type: 'doubt', p: 2, text: '出1:600多人次', note: '“出1:600”不词，存疑未改。' }, options);
    expect(doubt.index).toBe(1);
    expect(doubt.changed).toEqual([]);
    expect(doubt.answered).toBeUndefined();
    expect(doubt.text).toContain('# 待核：第1段：');
    expect(doubt.text).toBe(DRAFT.replace('    after: 作用落\n', '    after: 作用落\n  - type: doubt\n    p: 2\n    text: 出1:600多人次\n    note: “出1:600”不词，存疑未改。\n'));
    const lacuna = recordReading(doubt.text, { type: 'lacuna', p: 2, after: '长宁', note: '原文此下有脱文。' }, options);
    expect(lacuna.text.slice(lacuna.text.indexOf('---\n\n'))).toBe(BODY);
    expect(fidelity(lacuna.text)).toEqual([]);
    const original = recordReading(DRAFT, { type: 'doubt', kind: 'original-error', p: 3, text: '走访好', note: '原文如此。' }, options);
    expect(original.entry).toEqual({ type: 'doubt', kind: 'original-error', p: 3, text: '走访好', note: '原文如此。' });
  });

  it('writes the entry the way the list is written (one flow line an entry) and adds the list where there is none', () => {
    const flow = DRAFT.replace('  - type: join\n    p: 2\n    after: 作用落\n', '  - { type: join, p: 2, after: 作用落 }\n');
    const result = recordReading(flow, { type: 'doubt', p: 2, text: '出1:600多人次', note: '存疑。' }, options);
    expect(result.text).toContain('  - { type: join, p: 2, after: 作用落 }\n  - { type: doubt, p: 2, text: 出1:600多人次, note: 存疑。 }\n');
    const raw = RAW.map((l) => l.replace('人户走访好', '入户走访好'));
    const none = `---\ntitle: 某县\nsource: { id: s, lines: [3, 3], titleLine: 1 }\n${PROPOSALS}---\n\n党员联户人社，解决难题。人户走访。\n`;
    const added = recordReading(none, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '形近而误。' }, { rawLines: raw });
    expect(added.text).toBe(
      `---\ntitle: 某县\nsource: { id: s, lines: [3, 3], titleLine: 1 }\ncorrections:\n  - type: correct\n    p: 1\n    original: 联户人社\n    corrected: 联户入社\n    note: 形近而误。\n` +
        `proposals:\n  - { field: methods, value: dangyuan-lianxihu, p: 1, quote: 党员联户, why: 原文作“联户” }\n---\n\n党员联户入社，解决难题。人户走访。\n`,
    );
  });

  it("keeps a file's CRLF line ends, in the entry it adds too", () => {
    const crlf = DRAFT.replace(/\n/g, '\r\n');
    const result = recordReading(crlf, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '形近而误。' }, options);
    expect(result.text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(result.text.replace(/\r\n/g, '\n')).toBe(recordReading(DRAFT, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '形近而误。' }, options).text);
  });

  it('settles the flag line of a doubt proposal whose value the editor reworded into the note', () => {
    const reworded = DRAFT.replace('value: 疑“入”误作“人”, p: 1', 'value: “入”误作“人”，形近而误。, p: 1');
    const result = recordReading(reworded, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '形近而误。' }, options);
    expect(result.answered?.n).toBe(2);
    expect(result.text).not.toContain('# 待核：第1段：');
    expect(result.text).toContain('# 待核：原文未署作者');
  });

  it('answers no proposal unasked when the match is not unmistakable (one character, or two proposals), and says so', () => {
    const one = recordReading(DRAFT, { type: 'doubt', p: 1, text: '人', nth: 1, note: '存疑。' }, options);
    expect(one.answered).toBeUndefined();
    expect(one.notes).toEqual(['doubt proposal 2 may be about these words too; answer one with --proposal N, or accept or reject it']);
    const twice = DRAFT.replace(PROPOSALS, `${PROPOSALS}  - { field: doubt, value: 疑脱字, p: 1, quote: 人社，解决难题, why: 可记为存疑 }\n`);
    const two = recordReading(twice, { type: 'doubt', p: 1, text: '人社', note: '存疑。' }, options);
    expect(two.answered).toBeUndefined();
    expect(two.notes[0]).toMatch(/^doubt proposals 2, 3 may be about these words too/);
  });

  it('answers the doubt proposal named, and removes the list with its last proposal', () => {
    const one = DRAFT.replace('  - { field: methods, value: dangyuan-lianxihu, p: 1, quote: 党员联户, why: 原文作“联户” }\n', '');
    const result = recordReading(one, { type: 'doubt', p: 1, text: '人社', note: '存疑。' }, { ...options, proposal: 1 });
    expect(result.answered?.n).toBe(1);
    expect(result.text).not.toContain('proposals:');
    expect(result.text).toContain('summary: 编者的摘要。  # a comment the editor wrote\n---\n');
    expect(() => recordReading(DRAFT, { type: 'doubt', p: 1, text: '人户', note: '存疑。' }, { ...options, proposal: 1 })).toThrow(/proposal 1 is a methods proposal, not a doubt/);
    expect(() => recordReading(DRAFT, { type: 'doubt', p: 1, text: '人户', note: '存疑。' }, { ...options, proposal: 2 })).toThrow(/proposal 2 is about p1 “联户人社，解决”, not p1 “人户”/);
  });

  it('adds an entry at the end of corrections when the last proposal, listed right below, is answered with it', () => {
    // The desk trial's order: proposals answered but the doubts, p1 corrected, then p3: the entry goes where the proposals key is cut.
    const lastDoubt = DRAFT.replace(PROPOSALS, '').replace('summary:', `proposals:\n  - { field: doubt, value: 疑“入”误作“人”, p: 3, quote: 人户走访好, why: 可记为校正 }\nsummary:`);
    const below = lastDoubt.replace(/corrections:\n[\s\S]*?(?=proposals:)/, '').replace('proposals:', 'corrections:\n  - type: join\n    p: 2\n    after: 作用落\nproposals:');
    const result = recordReading(below, { type: 'correct', p: 3, original: '人户', corrected: '入户', note: '形近而误。' }, options);
    expect(result.answered?.n).toBe(1);
    expect(result.text).toBe(
      below
        .replace(/proposals:\n.*\n/, '')
        .replace('    after: 作用落\n', '    after: 作用落\n  - type: correct\n    p: 3\n    original: 人户\n    corrected: 入户\n    note: 形近而误。\n')
        .replace('\n人户走访好。', '\n入户走访好。'),
    );
    expect(fidelity(result.text)).toEqual([]);
  });

  it('refuses a reading that is not in its paragraph exactly once, naming the paragraph and what it holds', () => {
    const attempt = (reading: Parameters<typeof recordReading>[1]) => () => recordReading(DRAFT, reading, options);
    expect(attempt({ type: 'correct', p: 3, original: '联户人社', corrected: '联户入社', note: 'x' })).toThrow('drafts/x.mdx: p3: “联户人社” does not stand in raw paragraph 3, which reads “人户走访好。”');
    expect(attempt({ type: 'doubt', p: 1, text: '人', note: 'x' })).toThrow(/p1: “人” stands 2 times in paragraph 1; give more of the words around it, or nth \(which one, 1–2\)/);
    expect(recordReading(DRAFT, { type: 'doubt', p: 1, text: '人', nth: 2, note: 'x' }, options).entry).toMatchObject({ text: '人', nth: 2 });
    expect(attempt({ type: 'lacuna', p: 9, after: '长宁', note: 'x' })).toThrow(/p9: there is no paragraph 9 \(the text has 3/);
    expect(attempt({ type: 'lacuna', p: 2, after: '长宁', note: ' ' })).toThrow(/a lacuna needs a note/);
    expect(attempt({ type: 'correct', p: 1, original: '联户人社', corrected: '联户人社', note: 'x' })).toThrow(/the corrected reading is the original/);
  });

  it('refuses a reading that overlaps a recorded one: a doubt, a lacuna, a join', () => {
    const doubt = recordReading(DRAFT, { type: 'doubt', p: 2, text: '出1:600多人次', note: '存疑。' }, options).text;
    expect(() => recordReading(doubt, { type: 'correct', p: 2, original: '1:600', corrected: '1600', note: 'x' }, options)).toThrow(/p2: “1:600” overlaps entry 2 of corrections \(doubt “出1:600多人次”\)/);
    const lacuna = recordReading(DRAFT, { type: 'lacuna', p: 2, after: '长宁', note: '脱文。' }, options).text;
    expect(() => recordReading(lacuna, { type: 'lacuna', p: 2, after: '、长宁'.slice(1), note: 'x' }, options)).toThrow(/overlaps entry 2 of corrections \(lacuna “长宁”\)/);
    expect(() => recordReading(DRAFT, { type: 'doubt', p: 2, text: '作用落实', note: 'x' }, options)).toThrow(/overlaps entry 1 of corrections \(join “作用落”\)/);
    expect(recordReading(DRAFT, { type: 'doubt', p: 2, text: '实到', note: 'x' }, options).index).toBe(1);
  });

  it('refuses a file whose body was edited by hand, and nothing is written', () => {
    const edited = DRAFT.replace('\n党员联户人社', '\n党员联户入社');
    expect(() => recordReading(edited, { type: 'doubt', p: 2, text: '长宁', note: 'x' }, options)).toThrow(ReadingError);
    expect(() => recordReading(edited, { type: 'doubt', p: 2, text: '长宁', note: 'x' }, options)).toThrow(/body: paragraph 1 is not the raw text with the recorded corrections/);
  });
});

describe('removeReading', () => {
  it('takes a correction out and gives the paragraph back its raw reading; the file is as before', () => {
    const recorded = recordReading(DRAFT, { type: 'correct', p: 1, original: '联户人社', corrected: '联户入社', note: '形近而误。' }, { ...options, proposal: undefined });
    const doubt = recordReading(recorded.text, { type: 'doubt', p: 1, text: '人户走访', note: '存疑。' }, options).text;
    const result = removeReading(doubt, 1, options);
    expect(result.removed).toMatchObject({ type: 'correct', original: '联户人社' });
    expect(result.changed).toEqual([{ p: 1, before: '党员联户入社，解决难题。人户走访。', after: '党员联户人社，解决难题。人户走访。' }]);
    expect(fidelity(result.text)).toEqual([]);
    // Taking out the doubt too leaves the file as it was, but the settled proposal and flag line.
    const both = removeReading(result.text, 1, options);
    expect(both.text).toBe(recorded.text.replace(/  - type: correct\n(    .*\n){4}/, '').replace('\n党员联户入社', '\n党员联户人社'));
  });

  it('removes the list with its last entry, leaving the file as it was, and keeps a join', () => {
    const plain = '---\ntitle: 某县\nsource:\n  id: s\n  lines: [3, 3]\n  titleLine: 1\nsummary: s\n---\n\n党员联户人社，解决难题。人户走访。\n';
    const one = recordReading(plain, { type: 'correct', p: 1, original: '人户', corrected: '入户', note: '形近而误。' }, options).text;
    expect(one).toContain('summary: s\ncorrections:\n  - type: correct\n');
    expect(removeReading(one, 1, options).text).toBe(plain);
    expect(() => removeReading(DRAFT, 1, options)).toThrow(/entry 1 of corrections is a join/);
    expect(() => removeReading(DRAFT, 5, options)).toThrow(/there is no entry 5 in corrections \(the file lists 1\)/);
  });
});

describe('proposedCorrection', () => {
  it('finds the words of a doubt proposal the corrected reading replaces', () => {
    // The flag's reason, now said, is the proposed note.
    const note = '“入”误作“人”，形近而误。';
    expect(proposedCorrection(DRAFT, 2, '入社')).toEqual({ p: 1, original: '人社', note });
    expect(proposedCorrection(DRAFT, 2, '联户入社，解决')).toEqual({ p: 1, original: '联户人社，解决', note });
    expect(proposedCorrection(DRAFT, 2, '入', '人社')).toEqual({ p: 1, original: '人社', note });
    expect(() => proposedCorrection(DRAFT, 1, '入社')).toThrow(/proposal 1 is a methods proposal, not a doubt/);
    expect(() => proposedCorrection(DRAFT, 2, '解决')).toThrow(/already reads “解决”/);
    expect(() => proposedCorrection(DRAFT, 2, '甲乙')).toThrow(/say which words “甲乙” replaces \(--from\)/);
  });
});

describe('proposedOriginalError', () => {
  it('is the doubt proposal read as the original’s own slip: its paragraph, its words, a note from its suggested reading', () => {
    expect(proposedOriginalError(DRAFT, 2)).toEqual({ p: 1, text: '联户人社，解决', note: '当作“入”。' });
    // Recorded, it is the entry npm run correct --doubt … --original-error writes, and the proposal and its 待核 line go.
    const { p, text, note } = proposedOriginalError(DRAFT, 2);
    const recorded = recordReading(DRAFT, { type: 'doubt', kind: 'original-error', p, text, note: note! }, { ...options, proposal: 2 });
    expect(recorded.entry).toEqual({ type: 'doubt', kind: 'original-error', p: 1, text: '联户人社，解决', note: '当作“入”。' });
    expect(recorded.text).not.toContain('疑“入”误作“人”');
    // Without a note, npm run correct … --original-error answering the proposal says the same (one owner of the wording).
    expect(recordReading(DRAFT, { type: 'doubt', kind: 'original-error', p, text, note: '' }, options).text).toBe(recorded.text);
    expect(() => recordReading(DRAFT, { type: 'doubt', kind: 'original-error', p: 2, text: '全村义务', note: '' }, options)).toThrow(/p2: an original-error needs a note .*; no doubt proposal about these words proposes one/);
    expect(() => recordReading(DRAFT, { type: 'doubt', p: 2, text: '全村义务', note: '' }, options)).toThrow(/p2: a doubt needs a note/);
    expect(() => proposedOriginalError(DRAFT, 1, 'drafts/x.mdx')).toThrow(/drafts\/x\.mdx: proposal 1 is a methods proposal, not a doubt/);
    expect(() => proposedOriginalError(DRAFT, 9)).toThrow(/there is no proposal 9 \(the file lists 2\)/);
  });
});

describe('proposedOriginalError marks the slip, not the whole quote', () => {
  const isWord = (w: string) => w === '入社';
  it('spans the misread words the note names where the text holds them once, so a quote overlapping another proposal’s can still be recorded', () => {
    const x = proposedOriginalError(DRAFT, 2, 'draft', isWord);
    expect(x).toEqual({ p: 1, text: '人社', note: '“人社”当作“入社”。' });
    expect(recordReading(DRAFT, { type: 'doubt', kind: 'original-error', p: x.p, text: x.text, note: x.note! }, { ...options, proposal: 2 }).entry).toMatchObject({ text: '人社' });
  });
  it('spans the characters an OCR trait’s flag is about (’’), so the word before them can be answered too', () => {
    const quoted = DRAFT.replace('\n党员联户人社，解决难题。', '\n党员联户人社’’，解决难题。').replace('quote: 联户人社，解决, why: 可记为校正 }', 'quote: 联户人社，解决, why: 可记为校正 }\n  - { field: doubt, value: 疑右引号误作两个单引号, p: 1, quote: 联户人社’’，解决, why: 可记为校正 }');
    expect(proposedOriginalError(quoted, 3, 'draft').text).toBe('’’');
  });
  it('keeps the quote where the misread words stand more than once in the text', () => {
    const twice = DRAFT.replace('\n党员联户人社，解决难题。', '\n党员联户人社，解决难题。人社两字另见。');
    expect(proposedOriginalError(twice, 2, 'draft', isWord).text).toBe('联户人社，解决');
  });
});

describe('originalErrorNoteOf', () => {
  it('says what the original meant, as a careful editor writes it: the intended word where the flag names it', () => {
    expect(originalErrorNoteOf('疑“入”误作“人”')).toBe('当作“入”。');
    expect(originalErrorNoteOf('疑“服”字误作“臣”（据“服务”本文另见36处；当作“服务”）')).toBe('当作“服务”。');
    expect(originalErrorNoteOf('疑衍“心”字（据“评先”本文另见2处；当作“评优评先”）')).toBe('当作“评优评先”。');
    // No reading named: what the flag suspected, said, as a correction's note says it.
    expect(originalErrorNoteOf('疑右引号误作两个单引号')).toBe('右引号误作两个单引号。');
    expect(originalErrorNoteOf('汉字间夹杂字母，疑为误字')).toBeUndefined();
    expect(originalErrorNoteOf(undefined)).toBeUndefined();
  });

  it('names the misread words where the quote shows which they are (trial 18: 当作“入” left the reader to find the 人)', () => {
    const isWord = (w: string) => ['入户', '深入', '入手', '服务'].includes(w);
    expect(originalErrorNoteOf('疑“入”误作“人”', '部成员十几次人户宣传,陪着老人实', isWord)).toBe('“人户”当作“入户”。');
    expect(originalErrorNoteOf('疑“入”误作“人”', '则走访接访,深人了解居民的具', isWord)).toBe('“深人”当作“深入”。');
    expect(originalErrorNoteOf('疑“服”字误作“臣”（据“服务”本文另见36处；当作“服务”）', '社区化管理的臣务群众机制行政')).toBe('“臣务”当作“服务”。');
    expect(originalErrorNoteOf('疑数字误作字母（l/O）', '工作室安排约lO名党代表。市')).toBe('“lO”当作“10”。');
    // Two places the quote could mean, or no dictionary to tell: the character alone, as before.
    expect(originalErrorNoteOf('疑“入”误作“人”', '深人群众人户走访', isWord)).toBe('当作“入”。');
    expect(originalErrorNoteOf('疑“入”误作“人”', '部成员十几次人户宣传')).toBe('当作“入”。');
  });
});

describe('substitutionNote', () => {
  it('says which character the original reads for which, and nothing when the readings differ otherwise', () => {
    expect(substitutionNote('进万村人万户', '进万村入万户')).toBe('“入”误作“人”。');
    expect(substitutionNote('lO名', '10名')).toBe('“1”误作“l”，“0”误作“O”。');
    expect(substitutionNote('人户人户', '入户入户')).toBe('“入”误作“人”。');
    expect(substitutionNote('车管务', '车管业务')).toBeUndefined();
  });
});

describe('correctionNoteOf', () => {
  it("says what a flag suspected, and nothing where the flag still doubts inside its words", () => {
    expect(correctionNoteOf('疑“入”误作“人”')).toBe('“入”误作“人”，形近而误。');
    expect(correctionNoteOf('疑小数点误作间隔号（·）')).toBe('小数点误作间隔号（·）。');
    expect(correctionNoteOf('汉字间夹杂字母，疑为误字')).toBeUndefined();
    expect(correctionNoteOf('疑有脱文（引语后有说话人而无“说”等）')).toBe('有脱文（引语后有说话人而无“说”等）。');
    expect(correctionNoteOf(undefined)).toBeUndefined();
  });
});

describe('on a published case of the fixture library', () => {
  const temps: string[] = [];
  afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

  it('check:content passes after a correction, a doubt and a lacuna, and only those lines and one paragraph changed', () => {
    const root = copyFixtureLibrary('record-reading-', temps);
    const file = path.join(root, 'cases/raoyang-yijiashi-lianxihu.mdx');
    const before = readFileSync(file, 'utf8');
    const rawLines = readRawLines('004_f324da143b9ea31c.txt', root);
    let text = recordReading(before, { type: 'correct', p: 7, original: '顺畅', corrected: '通畅', note: '编者试改。' }, { rawLines }).text;
    text = recordReading(text, { type: 'doubt', p: 4, text: '多次扩建房未果', note: '“扩建房”疑有脱字，存疑。' }, { rawLines }).text;
    text = recordReading(text, { type: 'lacuna', p: 5, after: '并上墙公布。', note: '编者试记。' }, { rawLines }).text;
    writeFileSync(file, text);
    expect(checkContent(root).problems).toEqual([]);
    const removed = before.split('\n').filter((l) => !text.split('\n').includes(l));
    expect(removed).toEqual([expect.stringContaining('架起了一座顺畅的党群“连心桥”。')]);
    expect(text.split('\n').length - before.split('\n').length).toBe(5 + 4 + 4);
  });
});
