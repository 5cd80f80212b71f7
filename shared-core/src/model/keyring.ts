/** Signing keys by id. Keeping the previous key lets links already in inboxes survive a rotation. */
export interface TokenKeyring {
  /** The id new tokens are signed with. */
  readonly currentKeyId: string;
  readonly keys: Readonly<Record<string, string>>;
}
