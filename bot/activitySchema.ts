/**
 * The shape of an incoming activity, as far as the bot reads it. Teams sends many more fields than these, so unknown
 * fields pass; a field the bot reads must have the type the code expects, so a forged value never reaches a turn.
 * Optional fields may be null: some clients serialize an absent value that way.
 *
 * Checked by hand rather than by a zod schema: every turn passes here, and a general schema costs a turn more than the
 * rest of the edge together. What is not known to be right is wrong: only the listed types pass.
 */
/**
 * Checks `value`, found at `path`, and adds the path of each part that is wrong to `wrong`. `T` is the type a value
 * has once it passed: the activity's type is read off the checks, so the two cannot disagree.
 */
interface Check<T> {
  (value: unknown, path: string, wrong: string[]): void;
  /** Never set: carries `T` for `Checked`. */
  readonly passes?: T;
}

type Checked<C> = C extends Check<infer T> ? T : never;

/** The fields of an object whose checks pass: a field that may be absent is optional; other fields pass as they are. */
type Fields<F extends Record<string, Check<unknown>>> = { [K in keyof F as undefined extends Checked<F[K]> ? never : K]: Checked<F[K]> } & {
  [K in keyof F as undefined extends Checked<F[K]> ? K : never]?: Checked<F[K]>;
} & { [field: string]: unknown };

function string(maxLength: number, minLength = 0): Check<string> {
  return (value, path, wrong) => {
    if (typeof value !== 'string' || value.length > maxLength || value.length < minLength) wrong.push(path);
  };
}

function nullish<T>(check: Check<T>): Check<T | null | undefined> {
  return (value, path, wrong) => {
    if (value !== undefined && value !== null) check(value, path, wrong);
  };
}

const boolean: Check<boolean> = (value, path, wrong) => {
  if (typeof value !== 'boolean') wrong.push(path);
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object with at least these fields right; other fields pass as they are. */
function object<F extends Record<string, Check<unknown>>>(fields: F): Check<Fields<F>> {
  const entries = Object.entries(fields);
  return (value, path, wrong) => {
    if (!isObject(value)) {
      wrong.push(path);
      return;
    }
    for (const [name, check] of entries) check(value[name], path ? `${path}.${name}` : name, wrong);
  };
}

function arrayOf<T>(item: Check<T>): Check<T[]> {
  return (value, path, wrong) => {
    if (!Array.isArray(value)) {
      wrong.push(path);
      return;
    }
    value.forEach((element, index) => item(element, `${path}.${index}`, wrong));
  };
}

/** An absolute http or https URL without white space, as the connector's address must be: what passes is used as it is. */
function httpUrl(maxLength: number): Check<string> {
  return (value, path, wrong) => {
    if (typeof value !== 'string' || value.length > maxLength || !/^https?:\/\/\S+$/i.test(value) || !URL.canParse(value)) wrong.push(path);
  };
}

const text = string(100_000);
const identifier = string(1024);

const account = object({
  id: nullish(identifier),
  name: nullish(text),
  aadObjectId: nullish(identifier),
  role: nullish(identifier),
});

const checkActivity = object({
  type: string(1024, 1),
  id: nullish(identifier),
  // The connector the replies go to: without one, botbuilder would fall back to the public Bot Framework address.
  serviceUrl: httpUrl(2048),
  channelId: nullish(identifier),
  from: nullish(account),
  recipient: nullish(account),
  conversation: object({
    id: identifier,
    tenantId: nullish(identifier),
    conversationType: nullish(identifier),
    isGroup: nullish(boolean),
    name: nullish(text),
  }),
  text: nullish(text),
  value: nullish(object({})),
  locale: nullish(identifier),
  channelData: nullish(object({ tenant: nullish(object({ id: nullish(identifier) })) })),
  replyToId: nullish(identifier),
  membersAdded: nullish(arrayOf(account)),
  membersRemoved: nullish(arrayOf(account)),
  entities: nullish(arrayOf(object({ type: identifier }))),
  timestamp: nullish(identifier),
  localTimestamp: nullish(identifier),
  name: nullish(identifier),
  action: nullish(identifier),
  deliveryMode: nullish(identifier),
  attachments: nullish(arrayOf(object({ contentType: identifier, contentUrl: nullish(text), name: nullish(text) }))),
});

/** An activity as far as the bot reads it (see checkActivity). */
export type IncomingActivity = Checked<typeof checkActivity>;

export type ActivityCheck = { activity: IncomingActivity; wrongFields?: undefined } | { activity?: undefined; wrongFields: string[] };

/** The parsed JSON as an activity, or the paths of the fields that are not what the bot expects (`''`: not an object). */
export function checkedActivity(json: unknown): ActivityCheck {
  const wrongFields: string[] = [];
  checkActivity(json, '', wrongFields);
  return wrongFields.length === 0 ? { activity: json as IncomingActivity } : { wrongFields };
}
