declare namespace App {
  interface Locals {
    /**
     * The story being rendered: set by the story page before its MDX renders, read by each
     * `<Said>` and `<Account>` in it. Reading it on any other page throws (see src/locals.ts).
     */
    story: import('./locals.ts').StoryLocals;
  }
}
