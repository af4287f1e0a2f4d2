/**
 * The key phrase of a decision, the part rough-notation underlines: MADR's
 * chosen option (`Chosen option: "X", because …` -> X), else the decision's
 * first clause (up to the first sentence end, semicolon, colon or comma).
 * Pure, so the element only wraps `phrase` in its own span.
 */
export interface Phrase {
  before: string;
  phrase: string;
  after: string;
}

const MIN_WORDS = 3;

export function keyPhrase(decision: string): Phrase {
  const text = decision;
  const chosen = /^(\s*chosen option:?\s*["“])([^"”]+)(["”][\s\S]*)$/i.exec(text);
  if (chosen) return { before: chosen[1], phrase: chosen[2], after: chosen[3] };

  const lead = /^\s*/.exec(text)![0];
  const body = text.slice(lead.length);
  const end = clauseEnd(body, /[.;:!?](?=\s|$)|,\s|\s[—–]\s|\n/g);
  let cut = end;
  // "Therefore, we …": a clause of one or two words is no key phrase; take the sentence.
  if (body.slice(0, cut).trim().split(/\s+/).length < MIN_WORDS) cut = clauseEnd(body, /[.;!?](?=\s|$)|\n/g);
  const phrase = body.slice(0, cut).trimEnd();
  return { before: lead, phrase, after: body.slice(phrase.length) };
}

function clauseEnd(body: string, stop: RegExp): number {
  const m = stop.exec(body);
  return m ? m.index : body.length;
}
