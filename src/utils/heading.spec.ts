import { headingTag } from './heading';

describe('headingTag', () => {
  it('turns a heading level (attribute text or number) into h1–h6, h2 when it says nothing', () => {
    expect(headingTag(3)).toBe('h3');
    expect(headingTag('4')).toBe('h4');
    expect(headingTag(undefined)).toBe('h2');
    expect(headingTag('banana')).toBe('h2');
    expect(headingTag(2.6)).toBe('h3');
  });

  it('clamps to h1–h6, offset included', () => {
    expect(headingTag(9)).toBe('h6');
    expect(headingTag(-3)).toBe('h1');
    expect(headingTag(6, 1)).toBe('h6');
    expect(headingTag(2, 1)).toBe('h3');
  });
});
