import { keyPhrase } from './key-phrase';

describe('keyPhrase', () => {
  it.each([
    ['Guard the allocation path with Redis distributed locks and idempotency checks.', 'Guard the allocation path with Redis distributed locks and idempotency checks'],
    ['We will use Architecture Decision Records, as described by Michael Nygard.', 'We will use Architecture Decision Records'],
    ['Chosen option: "Monorepo", because most changes touch several services.', 'Monorepo'],
    ['Therefore, we shard by tenant. Reports move.', 'Therefore, we shard by tenant'],
    ['Cache hot reads: short TTLs', 'Cache hot reads'],
    ['Use Kafka', 'Use Kafka'],
  ])('%s', (decision, phrase) => {
    const p = keyPhrase(decision);
    expect(p.phrase).toBe(phrase);
    expect(p.before + p.phrase + p.after).toBe(decision); // nothing lost: the element renders all three
  });

  it('an empty decision has no phrase', () => expect(keyPhrase('').phrase).toBe(''));
});
