/**
 * A refusal from the server as RFC 9457 problem+json describes it, kept whole so that a screen
 * can show its message, its workflow rule and its errors against the fields they name.
 */
export interface FieldError {
  field: string;
  message: string;
}

export interface CellProblem {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly rule?: string;
  readonly state?: string;
  readonly errors: FieldError[];
  readonly problems: CellProblem[];
  readonly body: Record<string, unknown>;

  constructor(status: number, body: Record<string, unknown>) {
    const title = typeof body.title === 'string' ? body.title : `HTTP ${status}`;
    super(typeof body.detail === 'string' ? body.detail : title);
    this.status = status;
    this.body = body;
    this.type = typeof body.type === 'string' ? body.type : 'about:blank';
    this.title = title;
    this.detail = typeof body.detail === 'string' ? body.detail : undefined;
    this.rule = typeof body.rule === 'string' ? body.rule : undefined;
    this.state = typeof body.state === 'string' ? body.state : undefined;
    this.errors = Array.isArray(body.errors) ? (body.errors as FieldError[]).filter(isFieldError) : [];
    this.problems = Array.isArray(body.problems) ? (body.problems as CellProblem[]) : [];
  }

  /** The short kind of problem: "validation" for urn:neascn:problem:validation. */
  get kind(): string {
    const prefix = 'urn:neascn:problem:';
    return this.type.startsWith(prefix) ? this.type.slice(prefix.length) : this.type;
  }

  /** The errors by field path, as the server names them (targets[2].indicators[0].unit). */
  byField(): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const e of this.errors) {
      const path = normalisePath(e.field);
      map.set(path, [...(map.get(path) ?? []), e.message]);
    }
    return map;
  }
}

function isFieldError(e: unknown): e is FieldError {
  return typeof e === 'object' && e !== null && typeof (e as FieldError).message === 'string';
}

/**
 * One spelling for paths: the server may write a JSON Pointer (/targets/2/unit) or a dotted
 * path (targets[2].unit); both become targets[2].unit.
 */
export function normalisePath(path: string | undefined | null): string {
  if (!path) return '';
  if (path.startsWith('/')) {
    return path
      .slice(1)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
  }
  return path.replace(/^\$\.?/, '');
}

/** A problem from a fetch Response, whatever its body (a proxy's HTML page is no problem+json). */
export async function problemOf(response: Response): Promise<ApiProblem> {
  let body: Record<string, unknown> = {};
  try {
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    body = { title: response.statusText || `HTTP ${response.status}` };
  }
  return new ApiProblem(response.status, body);
}
