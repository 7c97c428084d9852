/**
 * One of the build's card workers (`card-pool.ts`): draws each card it is sent as a PNG, as
 * the main thread would, and sends back the bytes or what went wrong. Node runs this file as
 * it is, not bundled by Vite, so it imports only modules that Node runs without Vite.
 */
import { parentPort } from 'node:worker_threads';
import { drawCardPng, type SocialCard } from './card-drawing.ts';

/** What a worker sends back for each card, in the order the cards came. */
export type CardReply = { png: Uint8Array<ArrayBuffer> } | { error: string; stack?: string | undefined };

const port = parentPort;
if (!port) throw new Error('card-worker.ts draws the cards of a build: start it as a worker thread, not on its own.');

port.on('message', (card: SocialCard) => {
  drawCardPng(card).then(
    (png) => {
      const reply: CardReply = { png };
      // Handed over, not copied: the PNG's bytes are the worker's no longer.
      port.postMessage(reply, [png.buffer]);
    },
    (error: unknown) => {
      const reply: CardReply =
        error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
      port.postMessage(reply);
    },
  );
});
