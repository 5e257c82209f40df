/**
 * The plain-text summary of the self-check a person copies for the consultation, built from
 * already-translated pieces.
 */

/** One criterion in a {@link summaryText}, already translated. */
export interface SummaryCriterion {
  /** What the criterion is about, e.g. "Headache days". */
  label: string;
  /** Its status word, e.g. "Met". */
  status: string;
  /** The explanation of its reason ('' when its details explain it instead). */
  reason: string;
  /** Items listed under the explanation (the raised safety points). */
  details?: readonly string[];
}

/** The already-translated pieces of a {@link summaryText}. */
export interface SummaryParts {
  /** The first line. */
  title: string;
  /** The heading of the answers. */
  answersHeading: string;
  /** Each answer as `[question label, answer]`; an answer may list several items. */
  answers: ReadonlyArray<readonly [string, string | readonly string[]]>;
  /** The heading of the result. */
  resultHeading: string;
  /** The outcome headline. */
  outcome: string;
  /** The short explanation of the outcome. */
  explanation: string;
  /** One entry per criterion. */
  criteria: readonly SummaryCriterion[];
  /** The closing note (not a diagnosis; the clinic decides). */
  note: string;
}

/**
 * The plain-text summary a person copies to bring to the consultation: title, answers, result
 * and closing note, one item per line, lists as `- ` lines (nested items indented). Builds only
 * from the given translated pieces; no wording of its own besides punctuation. Never throws.
 */
export function summaryText(parts: SummaryParts): string {
  const lines = [parts.title, '', parts.answersHeading];
  for (const [label, answer] of parts.answers) {
    if (typeof answer === 'string') {
      lines.push(`- ${label}: ${answer}`);
    } else {
      lines.push(`- ${label}:`, ...answer.map((item) => `  - ${item}`));
    }
  }
  lines.push('', `${parts.resultHeading}: ${parts.outcome}`, parts.explanation);
  for (const criterion of parts.criteria) {
    const reason = criterion.reason ? ` ${criterion.reason}` : '';
    lines.push(`- ${criterion.label}: ${criterion.status}.${reason}`);
    for (const item of criterion.details ?? []) lines.push(`  - ${item}`);
  }
  lines.push('', parts.note);
  return lines.join('\n');
}
