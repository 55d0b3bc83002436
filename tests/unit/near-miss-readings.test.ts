import { describe, expect, it } from 'vitest';
import { flagsFor } from '../../src/lib/ingest/document.ts';
import { readingLexicon } from '../../src/lib/ingest/near-miss-readings.ts';
import { correctionNoteOf } from '../../src/lib/ingest/reading-flags.ts';

// A library of two made-up cases: the words a proofreader knows from the rest of the library.
const library = readingLexicon([
  { id: 'case-a', text: '党员干部深入基层服务群众，一目了然的公示栏方便群众办事。' },
  { id: 'case-b', text: '一目了然的流程，服务群众的窗口。' },
]);
/** The flags of a text that may have been read by OCR (word guesses on). */
const flagsOf = (paragraphs: string[], lexicon = library) => flagsFor(paragraphs, true, lexicon);

describe('near misses of the words a text and its library use', () => {
  it('flags a character the library never writes, read for one that makes a word the text uses, with its grounds', () => {
    const flags = flagsOf(['街道坚持服务群众，把服务送到家门口。', '社区建立臣务群众机制，方便居民办事。']);
    expect(flags).toEqual(['第2段：疑“服”字误作“臣”（据“服务”本文另见2处，库中见于case-a、case-b，共2处；当作“服务”）：“社区建立臣务群众机制，方”']);
  });

  it('flags a character changed in a set phrase the text writes elsewhere', () => {
    expect(flagsOf(['有的工作流于形式，效果不好。', '有的活动留于形式，群众不满意。'])).toEqual(['第2段：疑“流”字误作“留”（据“流于形式”本文另见1处；当作“流于形式”）：“有的活动留于形式，群众不满意”']);
  });

  it('flags a character inserted into a set phrase, named from the library', () => {
    expect(flagsOf(['公示栏让群众一目了心然。'])).toEqual(['第1段：疑衍“心”字（据“一目了然”库中见于case-a、case-b，共2处；当作“一目了然”）：“公示栏让群众一目了心然。”']);
  });

  it('flags a rare character that makes no word with its neighbours, proposing no reading', () => {
    expect(flagsOf(['通过集中受理、跨市协调、陬办结等方式解决难题。'])).toEqual(['第1段：罕用字“陬”与上下字皆不成词，本文仅此一见，库中未见，疑为误字：“、跨市协调、陬办结等方式解”']);
  });

  it('leaves correct rare words alone', () => {
    expect(flagsOf(['有的干部满足于蜻蜓点水，群众意见很大。', '老宅的藻井保存完好，村里请人家喻户晓的匠人修缮。'])).toEqual([]);
  });

  it('leaves a name alone, though one character from a word the text uses', () => {
    // 李春秀 one character from 优秀, which the text writes twice: a surname and the characters after it are a name.
    expect(flagsOf(['50岁的村民李春秀向村里提出申请，干部为她服务，她说干部很优秀，优秀的干部服务群众。'])).toEqual([]);
  });

  it('makes no word guesses on a born-digital text', () => {
    expect(flagsFor(['社区建立臣务群众机制，方便居民办事，服务群众，把服务送到家门口。'], false, library)).toEqual([]);
    expect(flagsFor(['社区建立臣务群众机制，方便居民办事，服务群众，把服务送到家门口。'], true, library)).toHaveLength(1);
  });

  it('proposes no repair the text does not bear out: a word it writes once is not enough', () => {
    expect(flagsOf(['社区建立臣务群众机制，方便居民办事，服务群众。'])).toEqual([]);
  });
});

describe('the note a correction answering a near miss is proposed', () => {
  it('says what was misread and leaves the grounds out', () => {
    expect(correctionNoteOf('疑“服”字误作“臣”（据“服务”本文另见2处；当作“服务”）')).toBe('“服”字误作“臣”。');
    expect(correctionNoteOf('疑衍“心”字（据“一目了然”库中见于case-a，共2处；当作“一目了然”）')).toBe('衍“心”字。');
  });
});
