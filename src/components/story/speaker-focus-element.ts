/**
 * `<speaker-focus>`: follow one voice on a story page. The roster's buttons highlight a speaker's
 * statements and the bar of SpeakerFocus.astro steps through them; the sidebar marks the statement
 * being read. The rules it follows are in src/lib/models/speaker-focus.ts, tested without a browser.
 */
import {
  countLabel,
  positionLabel,
  speakerInUrl,
  statementOnScreen,
  stepIndex,
  urlWithSpeaker,
} from '../../lib/models/speaker-focus.ts';

/** Marks `theirs` among the story's `statements` as followed, in the speaker's colour. */
function markFollowed(statements: readonly HTMLElement[], theirs: readonly HTMLElement[], colour = '1'): void {
  for (const statement of statements) {
    if (theirs.includes(statement)) {
      statement.dataset['followed'] = '';
      statement.style.setProperty('--followed', `var(--ex-mark-${colour})`);
    } else delete statement.dataset['followed'];
  }
}

/** The roster's buttons highlight a speaker's statements; the bar steps through them. */
function followSpeakers(element: HTMLElement, statements: readonly HTMLElement[]): void {
  const part = (selector: string) => element.querySelector(selector) as HTMLElement;
  const bar = part('.focus-bar');
  const who = part('.focus-bar__who');
  const position = part('.focus-bar__position');
  const live = part('[aria-live]');
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-speaker-select]')];
  const buttonOf = (id: string | undefined) => buttons.find((button) => button.dataset['speakerSelect'] === id);
  let speaker: string | undefined;
  let theirs: HTMLElement[] = [];
  let index = -1;

  const select = (id: string | undefined, announce: boolean, from = buttonOf(id)) => {
    const template = element.querySelector<HTMLTemplateElement>(`template[data-speaker="${id ?? ''}"]`);
    // Focus in the bar would be lost as it hides: it goes back to the speaker's button.
    if (!template && bar.contains(document.activeElement)) buttonOf(speaker)?.focus();
    speaker = template ? id : undefined;
    theirs = statements.filter((statement) => statement.dataset['speaker'] === speaker);
    index = -1;
    markFollowed(statements, theirs, template?.dataset['colour']);
    for (const candidate of buttons)
      candidate.setAttribute('aria-pressed', String(candidate.dataset['speakerSelect'] === speaker));
    history.replaceState(history.state, '', urlWithSpeaker(location.href, speaker));
    bar.hidden = !template;
    if (!template) {
      if (announce) live.textContent = 'Highlight cleared';
      return;
    }
    const name = template.dataset['name'] ?? '';
    who.replaceChildren(template.content.cloneNode(true));
    position.textContent = countLabel(theirs.length);
    bar.setAttribute('aria-label', `Statements by ${name}`);
    // In the focus order right after what was used last; on screen it stays at the bottom.
    from?.after(bar);
    if (announce) live.textContent = `${name}: ${countLabel(theirs.length)} highlighted`;
  };

  const move = (step: 1 | -1) => {
    index = stepIndex(index, step, theirs.length);
    const statement = theirs[index];
    if (!statement) return;
    for (const other of theirs) other.dataset['followed'] = other === statement ? 'current' : '';
    statement.tabIndex = -1;
    (statement.closest('figure, p') ?? statement).after(bar);
    statement.focus({ preventScroll: true });
    statement.scrollIntoView({ block: 'center' });
    position.textContent = live.textContent = positionLabel(index, theirs.length);
  };

  for (const button of buttons) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const id = button.dataset['speakerSelect'];
      select(id === speaker ? undefined : id, true, button);
    });
  }
  bar.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('button');
    if (control?.dataset['step']) move(control.dataset['step'] === '1' ? 1 : -1);
    else if (control) select(undefined, true);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && speaker) select(undefined, true);
  });
  select(
    speakerInUrl(
      location.href,
      buttons.map((button) => button.dataset['speakerSelect'] ?? ''),
    ),
    false,
  );
}

/** The sidebar marks the statement being read, without moving focus or the page. */
function markReading(statements: readonly HTMLElement[]): void {
  const onScreen = new Set<Element>();
  let current: Element | null | undefined;
  const observer = new IntersectionObserver(
    (changes) => {
      for (const change of changes) {
        if (change.isIntersecting) onScreen.add(change.target);
        else onScreen.delete(change.target);
      }
      const reading = statementOnScreen(statements, onScreen);
      const link = reading && document.querySelector(`[id="wsw-${reading.id}"] a[href="#${reading.id}"]`);
      if (link === current) return;
      current?.removeAttribute('aria-current');
      link?.setAttribute('aria-current', 'true');
      current = link;
    },
    // The middle of the screen, where a reader's eyes are, rather than its edges.
    { rootMargin: '-15% 0px -25% 0px' },
  );
  for (const statement of statements) observer.observe(statement);
}

customElements.define(
  'speaker-focus',
  class extends HTMLElement {
    connectedCallback() {
      const statements = [...document.querySelectorAll<HTMLElement>('#article .said[id][data-speaker]')];
      followSpeakers(this, statements);
      markReading(statements);
    }
  },
);
