declare namespace App {
  interface Locals {
    /**
     * The statements of the story being rendered, by anchor: set by the story page before
     * its MDX renders, read by each `<Said>` in it.
     */
    storyStatements?: ReadonlyMap<string, import('./lib/models/statement-view.ts').StatementView>;
    /** The sources of the story being rendered, for `<Account>`, which names one by id. */
    storySources?: import('./lib/models/sources.ts').SourceBook;
  }
}
