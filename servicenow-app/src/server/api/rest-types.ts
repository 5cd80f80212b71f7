/** The parts of a scripted REST request and response (`sn_ws_int.RESTAPIRequest` / `RESTAPIResponse`) used here. */
export interface RestRequest {
  /** The body as text: for JSON and XML bodies only (any other type answers 500 when read). */
  readonly body?: { readonly dataString?: string };
  /** Query parameters as lists of values; a form post's fields are here too. */
  readonly queryParams?: Readonly<Record<string, readonly string[] | string | undefined>>;
  readonly pathParams?: Readonly<Record<string, string | undefined>>;
  getHeader(name: string): string | null | undefined;
}

export interface RestResponse {
  setStatus(status: number): void;
  setHeader(name: string, value: string): void;
  setContentType(type: string): void;
  setBody(body: unknown): void;
  getStreamWriter(): { writeString(text: string): void };
}

/** The first value of a query parameter (the platform gives lists). */
export function queryParam(request: RestRequest, name: string): string | undefined {
  const value = request.queryParams?.[name];
  const first = typeof value === 'string' ? value : value?.[0];
  // A JS string whatever the engine hands over, so the core's `typeof token === 'string'` holds.
  return first === undefined || first === null ? undefined : String(first);
}
