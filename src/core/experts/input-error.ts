/** One problem with expert-module input: the field it concerns and what is wrong, in words. */
export interface ExpertIssue {
  field: string;
  message: string;
}

/** Thrown when a roster, request or slot query is invalid; `issues` names every bad field. */
export class ExpertInputError extends Error {
  readonly issues: ExpertIssue[];
  constructor(issues: ExpertIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'ExpertInputError';
    this.issues = issues;
  }
  /** The first bad field (what an API puts in its error's `field`). */
  get field(): string {
    return this.issues[0]?.field ?? '';
  }
}
