import { describe, expect, it } from 'vitest';
import {
  countLabel,
  positionLabel,
  speakerInUrl,
  statementOnScreen,
  stepIndex,
  urlWithSpeaker,
} from '../../src/lib/models/speaker-focus.ts';

const STORY = 'https://example.org/news/story/';

describe('the selected speaker in the address', () => {
  const speakers = ['yuri-ushakov', 'donald-trump'];
  it('is read from ?speaker= when it names a speaker of the page', () => {
    expect(speakerInUrl(`${STORY}?speaker=donald-trump`, speakers)).toBe('donald-trump');
    expect(speakerInUrl(`${STORY}?speaker=donald-trump#wsw-x`, speakers)).toBe('donald-trump');
  });
  it('is nobody when the parameter is missing, empty or names someone else', () => {
    expect(speakerInUrl(STORY, speakers)).toBeUndefined();
    expect(speakerInUrl(`${STORY}?speaker=`, speakers)).toBeUndefined();
    expect(speakerInUrl(`${STORY}?speaker=vladimir-putin`, speakers)).toBeUndefined();
  });
  it('is written and removed without touching the rest of the address', () => {
    expect(urlWithSpeaker(`${STORY}?lang=en#sources`, 'yuri-ushakov')).toBe(
      `${STORY}?lang=en&speaker=yuri-ushakov#sources`,
    );
    expect(urlWithSpeaker(`${STORY}?speaker=yuri-ushakov`, 'donald-trump')).toBe(`${STORY}?speaker=donald-trump`);
    expect(urlWithSpeaker(`${STORY}?speaker=yuri-ushakov#sources`, undefined)).toBe(`${STORY}#sources`);
  });
});

describe('stepping through a speaker’s statements', () => {
  it('starts at the first going forward and at the last going back', () => {
    expect(stepIndex(-1, 1, 6)).toBe(0);
    expect(stepIndex(-1, -1, 6)).toBe(5);
  });
  it('moves one place and goes round at either end', () => {
    expect(stepIndex(2, 1, 6)).toBe(3);
    expect(stepIndex(2, -1, 6)).toBe(1);
    expect(stepIndex(5, 1, 6)).toBe(0);
    expect(stepIndex(0, -1, 6)).toBe(5);
    expect(stepIndex(0, 1, 1)).toBe(0);
  });
  it('says where the reader is and how many there are', () => {
    expect(positionLabel(1, 6)).toBe('2 of 6');
    expect(countLabel(1)).toBe('1 statement');
    expect(countLabel(6)).toBe('6 statements');
  });
});

describe('the statement being read', () => {
  it('is the first on screen in the order of the text, whatever order they came into view', () => {
    const text = ['a', 'b', 'c', 'd'];
    expect(statementOnScreen(text, new Set(['d', 'b', 'c']))).toBe('b');
  });
  it('is none when no statement is on screen', () => {
    expect(statementOnScreen(['a', 'b'], new Set<string>())).toBeUndefined();
  });
});
