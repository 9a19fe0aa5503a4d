// A successful answer's body, handed through Octokit unparsed (its `parseSuccessResponseBody: false`): Octokit
// 10 parses JSON with json-with-bigint, which on Node 20 rewrites the whole text with a regular expression before
// JSON.parse and cost more than the requests themselves (`npm run bench`: two thirds of a 5,000-issue load). Here
// the text is parsed once with JSON.parse, when first asked for, and a body replayed from the ETag cache (a 304)
// hands back the value parsed the first time: an unchanged refresh parses nothing. Callers must not mutate it.

/** Where a parsed value is kept between answers of the same URL (a field of the ETag cache's entry). */
export interface ParsedMemo {
  parsed?: { readonly value: unknown };
}

export class ResponseBody {
  constructor(
    readonly text: string,
    private readonly json: boolean,
    private readonly memo: ParsedMemo = {},
  ) {}

  get value(): unknown {
    if (!this.json) return this.text;
    this.memo.parsed ??= { value: this.text === '' ? '' : (JSON.parse(this.text) as unknown) };
    return this.memo.parsed.value;
  }
}

/** Octokit's `data` as our callers expect it: the parsed body, or what Octokit made of an error body. */
export function responseData(data: unknown): unknown {
  return data instanceof ResponseBody ? data.value : data;
}

export function isJsonContentType(contentType: string | null): boolean {
  return contentType !== null && /^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim());
}
