import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { drawCardPng, type SocialCard } from '../../src/lib/exports/card-drawing.ts';
import { CARD_WORKER_SCRIPT, CardPool } from '../../src/lib/exports/card-pool.ts';
import { PROJECT_ROOT } from '../support/invalid-cases.ts';

const WORKER = join(PROJECT_ROOT, 'src', CARD_WORKER_SCRIPT);

const CARD: SocialCard = {
  title: 'The Alaska summit: what Putin and Trump said',
  summary: 'The Russian and US presidents met in Anchorage and announced no agreement. What each of them said.',
  speakers: ['Юрий Ушаков', 'Recep Tayyip Erdoğan', 'Donald Trump'],
};

/** A card the worker cannot draw: its speakers are not a list (only a broken caller could send it). */
const BROKEN_CARD = { ...CARD, title: 'A story whose card fails', speakers: null } as unknown as SocialCard;

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

const pools: CardPool[] = [];
function pool(file: string = WORKER, size = 2): CardPool {
  const made = new CardPool(file, size);
  pools.push(made);
  return made;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((made) => made.close()));
});

describe('the card workers', () => {
  it('draw the same bytes as the main thread', async () => {
    const cards = [CARD, { ...CARD, title: 'Putin and Trump meet', speakers: [] }];
    const workers = pool();
    const drawn = await Promise.all(cards.map((card, index) => workers.draw(String(index), card, true)));
    for (const [index, card] of cards.entries()) {
      expect(sameBytes(drawn[index] ?? new Uint8Array(), await drawCardPng(card))).toBe(true);
    }
    expect(sameBytes(drawn[0] ?? new Uint8Array(), drawn[1] ?? new Uint8Array())).toBe(false);
  });

  it('draw a card queued ahead once a route asks for it, whichever card was queued first', async () => {
    const workers = pool(WORKER, 1);
    const order: number[] = [];
    const ahead = [1, 2, 3].map((n) =>
      workers.draw(`ahead-${String(n)}`, { ...CARD, title: `Story ${String(n)}` }, false).then((png) => {
        order.push(n);
        return png;
      }),
    );
    workers.want('ahead-3');
    const png = await ahead[2];
    expect(sameBytes(png ?? new Uint8Array(), await drawCardPng({ ...CARD, title: 'Story 3' }))).toBe(true);
    await Promise.all(ahead);
    // The first was being drawn already; the one a route waits for goes before the other.
    expect(order).toEqual([1, 3, 2]);
  });

  it('name the story whose card failed, and go on drawing the others', async () => {
    const workers = pool();
    await expect(workers.draw('broken', BROKEN_CARD, true)).rejects.toThrow(
      /^The social card of the story “A story whose card fails” could not be drawn: .*null/,
    );
    const png = await workers.draw('card', CARD, true);
    expect(sameBytes(png, await drawCardPng(CARD))).toBe(true);
  });

  it('fail every card, each naming its story, when a worker cannot start', async () => {
    const workers = pool(join(PROJECT_ROOT, 'src', 'lib', 'exports', 'no-such-worker.ts'));
    const first = workers.draw('first', CARD, true);
    const ahead = workers.draw('ahead', { ...CARD, title: 'Another story' }, false);
    await expect(first).rejects.toThrow(/^The social card of the story “The Alaska summit.*”.*no-such-worker\.ts/);
    await expect(ahead).rejects.toThrow(/^The social card of the story “Another story” could not be drawn/);
    await expect(workers.draw('later', CARD, true)).rejects.toThrow(/could not be drawn: .*no-such-worker\.ts/);
  });

  it('drop the cards queued ahead when closed', async () => {
    const workers = pool(WORKER, 1);
    const cards = [1, 2, 3].map((n) =>
      workers.draw(`ahead-${String(n)}`, { ...CARD, title: `Story ${String(n)}` }, false),
    );
    const outcomes = Promise.allSettled(cards);
    await workers.close();
    // The first was being drawn and is finished; the others had not started.
    expect((await outcomes).map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'rejected']);
  });
});
