/**
 * The worker threads that draw a build's social cards. Satori works synchronously: on the
 * main thread, each card would hold up every page behind it. A build hands its cards to a
 * few workers instead, one per core, and renders pages while they draw.
 *
 * Cards may be queued ahead of the route that serves them; a card a route waits for goes
 * first. The workers hold the process open only while a card that a route waits for is
 * queued or being drawn, so cards drawn ahead never keep a finished build running. When the
 * process would end, the cards not started are dropped and those being drawn are finished
 * first: a worker stopped in the middle of sharp's native work can crash the process
 * (lovell/sharp#2263).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SocialCard } from './card-drawing.ts';
import type { CardReply } from './card-worker.ts';

/** The workers' script, under the project's `src/`: Node runs it as it is, not bundled. */
export const CARD_WORKER_SCRIPT = 'lib/exports/card-worker.ts';

interface Job {
  key: string;
  card: SocialCard;
  /** A route waits for it (and not only the queue ahead of the route). */
  wanted: boolean;
  settled: boolean;
  drawn: PromiseWithResolvers<Uint8Array<ArrayBuffer>>;
}

/** Why a story's card could not be drawn, with where in the worker it failed. */
export function cardError(card: SocialCard, reason: string, stack?: string): Error {
  const message = `The social card of the story “${card.title}” could not be drawn: ${reason}`;
  const error = new Error(message);
  if (stack) error.stack = [message, ...stack.split('\n').filter((line) => /^\s+at /.test(line))].join('\n');
  return error;
}

export class CardPool {
  readonly #file: string | URL;
  readonly #size: number;
  /** Cards a route waits for, then those queued ahead. */
  readonly #waiting: Job[] = [];
  readonly #ahead: Job[] = [];
  readonly #jobs = new Map<string, Job>();
  readonly #idle: Worker[] = [];
  readonly #drawing = new Map<Worker, Job>();
  #wanted = 0;
  #ending = false;
  #broken: Error | undefined;
  readonly #onBeforeExit = () => {
    this.#ending = true;
    this.#drop();
  };

  /** Workers run `file`, one per core unless `size` says otherwise; none starts before a card is queued. */
  constructor(file: string | URL, size = availableParallelism()) {
    this.#file = file;
    this.#size = Math.max(1, size);
    process.on('beforeExit', this.#onBeforeExit);
  }

  /** The card as a PNG, `key` naming it; `wanted` when a route waits for it, not when drawn ahead. */
  draw(key: string, card: SocialCard, wanted: boolean): Promise<Uint8Array<ArrayBuffer>> {
    if (this.#broken) return Promise.reject(cardError(card, this.#broken.message, this.#broken.stack));
    const job: Job = { key, card, wanted, settled: false, drawn: Promise.withResolvers() };
    this.#jobs.set(key, job);
    if (wanted) this.#wanted += 1;
    (wanted ? this.#waiting : this.#ahead).push(job);
    this.#next();
    return job.drawn.promise;
  }

  /** A route now waits for a card queued ahead: it goes first, and holds the process open. */
  want(key: string): void {
    const job = this.#jobs.get(key);
    if (!job || job.wanted) return;
    job.wanted = true;
    this.#wanted += 1;
    const queued = this.#ahead.indexOf(job);
    if (queued >= 0) this.#waiting.push(...this.#ahead.splice(queued, 1));
    this.#next();
  }

  /** Drops the cards not started, lets those being drawn finish, and stops the workers. */
  async close(): Promise<void> {
    process.off('beforeExit', this.#onBeforeExit);
    this.#drop();
    await Promise.allSettled([...this.#drawing.values()].map((job) => job.drawn.promise));
    await Promise.all([...this.#idle, ...this.#drawing.keys()].map((worker) => worker.terminate()));
  }

  #next(): void {
    while (!this.#broken) {
      const job = this.#waiting.shift() ?? this.#ahead.shift();
      if (!job) break;
      const worker =
        this.#idle.pop() ?? (this.#idle.length + this.#drawing.size < this.#size ? this.#start() : undefined);
      if (!worker) {
        (job.wanted ? this.#waiting : this.#ahead).unshift(job);
        break;
      }
      this.#drawing.set(worker, job);
      worker.postMessage(job.card);
    }
    this.#holdOpen();
  }

  /**
   * A worker holds the process open while a route waits for a card, or, once the process
   * would end, until it finishes the card it is drawing.
   */
  #holdOpen(): void {
    const hold = this.#wanted > 0 || this.#ending;
    for (const worker of this.#drawing.keys()) {
      if (hold) worker.ref();
      else worker.unref();
    }
    // A card that a route waits for never waits while a worker is idle: idle workers hold nothing.
    for (const worker of this.#idle) worker.unref();
  }

  #start(): Worker {
    const worker = new Worker(this.#file);
    worker.on('message', (reply: CardReply) => {
      const job = this.#drawing.get(worker);
      this.#drawing.delete(worker);
      this.#idle.push(worker);
      if (job) this.#settle(job, reply);
      this.#next();
    });
    // A worker that cannot start, or fails outside a card: no card can be trusted to it.
    worker.on('error', (error: unknown) => {
      this.#breakDown(error instanceof Error ? error : new Error(String(error)));
    });
    worker.on('exit', (code) => {
      if (this.#drawing.has(worker)) this.#breakDown(new Error(`a card worker stopped (exit code ${String(code)})`));
      this.#drawing.delete(worker);
      const idle = this.#idle.indexOf(worker);
      if (idle >= 0) this.#idle.splice(idle, 1);
    });
    return worker;
  }

  #settle(job: Job, reply: CardReply): void {
    if (job.settled) return;
    job.settled = true;
    if (this.#jobs.get(job.key) === job) this.#jobs.delete(job.key);
    if (job.wanted) this.#wanted -= 1;
    if ('png' in reply) job.drawn.resolve(reply.png);
    else job.drawn.reject(cardError(job.card, reply.error, reply.stack));
  }

  /** Every card drawing or queued fails with the error, and so does every card asked for later. */
  #breakDown(error: Error): void {
    this.#broken ??= error;
    const failed = { error: error.message, stack: error.stack };
    const queued = [...this.#waiting.splice(0), ...this.#ahead.splice(0)];
    for (const job of [...this.#drawing.values(), ...queued]) this.#settle(job, failed);
    this.#holdOpen();
  }

  /** Cards queued ahead and not started are dropped: a route that wants one later asks again. */
  #drop(): void {
    for (const job of this.#ahead.splice(0))
      this.#settle(job, { error: 'the card workers stopped before they reached it' });
    this.#holdOpen();
  }
}
