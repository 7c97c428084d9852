/**
 * Acknowledged warnings: a file may say, under `acknowledge:`, that it raises a warning
 * knowingly and why (a page of which no saved copy exists). Such a warning leaves the count
 * of warnings and is reported once, with its reason; an acknowledgement of a rule that does
 * not exist, of an error, or of a warning the file does not raise is itself reported.
 */
import type { Problem, ProblemKind } from '../content/problem.ts';
import { problemAt } from '../content/problem.ts';
import { didYouMean } from '../text/edit-distance.ts';
import type { ParsedContent } from './content.ts';
import { locate, type YamlPlace } from './yaml-issues.ts';

/** A warning a file acknowledges, with the reason the file gives. */
export interface AcknowledgedProblem extends Problem {
  reason: string;
}

export const acknowledgementKinds = [
  {
    id: 'acknowledgements',
    severity: 'error',
    docs: 'Each key of `acknowledge:` is the id of a rule that raises warnings; errors cannot be acknowledged.',
    fix: 'Write the id printed in brackets after the warning, e.g. `archive-urls`; fix an error instead.',
    example:
      'acknowledges "archive-url", which is not a rule  (did you mean "archive-urls"? write the id printed in brackets after the warning)',
  },
  {
    id: 'stale-acknowledgements',
    severity: 'warning',
    docs: 'Each acknowledged warning is one the file raises: an acknowledgement outlives its warning once the warning is fixed.',
    fix: 'Remove the acknowledgement.',
    example:
      'acknowledges "archive-urls", but the file raises no such warning  (remove the acknowledgement: its warning is gone)',
  },
] as const satisfies readonly ProblemKind[];

/** One file's acknowledgements and where they are written. */
interface Acknowledging {
  file: string;
  place: YamlPlace | undefined;
  acknowledge: Record<string, string>;
}

/** Every file that acknowledges a warning: sources, and the stories' index and section files. */
function acknowledgingFiles({ sources, stories }: ParsedContent): Acknowledging[] {
  const records = [...sources.values()].map((source) => ({
    file: source.file,
    place: source.place,
    acknowledge: source.data?.acknowledge,
  }));
  const mdx = stories.flatMap((story) =>
    [...(story.index ? [story.index] : []), ...story.sections].map((part) => ({
      file: part.mdx.file,
      place: part.place,
      acknowledge: part.data?.acknowledge,
    })),
  );
  return [...records, ...mdx].flatMap(({ acknowledge, ...where }) =>
    acknowledge && Object.keys(acknowledge).length > 0 ? [{ ...where, acknowledge }] : [],
  );
}

/** Where a file acknowledges a rule: the rule's key under `acknowledge:`. */
function placeOf(at: Acknowledging, rule: string) {
  return { file: at.file, ...(at.place ? locate(at.place, ['acknowledge'], rule) : { line: 1, column: 1 }) };
}

/**
 * Sets apart the warnings that their files acknowledge: the problems left (with any wrong
 * acknowledgement among them), and the warnings acknowledged, each with its reason.
 */
export function acknowledgeWarnings(
  content: ParsedContent,
  problems: readonly Problem[],
  kinds: readonly ProblemKind[],
): { problems: Problem[]; acknowledged: AcknowledgedProblem[] } {
  const severities = new Map(kinds.map((kind) => [kind.id, kind.severity]));
  const warnings = [...severities].filter(([, severity]) => severity === 'warning').map(([id]) => id);
  const reasons = new Map<string, string>();
  const wrong: Problem[] = [];
  const written: { at: Acknowledging; rule: string }[] = [];
  for (const at of acknowledgingFiles(content)) {
    for (const [rule, reason] of Object.entries(at.acknowledge)) {
      const place = placeOf(at, rule);
      const severity = severities.get(rule);
      if (severity === undefined || rule.endsWith('acknowledgements')) {
        const guess = didYouMean(rule, warnings);
        wrong.push({
          ...problemAt(
            place,
            `acknowledges "${rule}", which is not a rule`,
            `${guess ? `${guess} ` : ''}write the id printed in brackets after the warning`,
          ),
          rule: 'acknowledgements',
        });
      } else if (severity === 'error') {
        wrong.push({
          ...problemAt(place, `acknowledges "${rule}", which is an error`, 'an error cannot be acknowledged: fix it'),
          rule: 'acknowledgements',
        });
      } else {
        reasons.set(`${at.file}\0${rule}`, reason);
        written.push({ at, rule });
      }
    }
  }
  const kept: Problem[] = [];
  const acknowledged: AcknowledgedProblem[] = [];
  const used = new Set<string>();
  for (const problem of problems) {
    const key = `${problem.file}\0${problem.rule ?? ''}`;
    const reason = problem.severity === 'warning' ? reasons.get(key) : undefined;
    if (reason === undefined) {
      kept.push(problem);
    } else {
      acknowledged.push({ ...problem, reason });
      used.add(key);
    }
  }
  for (const { at, rule } of written) {
    if (used.has(`${at.file}\0${rule}`)) continue;
    kept.push({
      ...problemAt(
        placeOf(at, rule),
        `acknowledges "${rule}", but the file raises no such warning`,
        'remove the acknowledgement: its warning is gone',
        'warning',
      ),
      rule: 'stale-acknowledgements',
    });
  }
  return { problems: [...kept, ...wrong], acknowledged };
}
