import { ApiError } from './errors.ts';

const STRONG_ETAG = /^"(\d{1,10})"$/;
const MAX_VERSION = 2_147_483_647;

/**
 * The version a write was based on, from If-Match: exactly the ETag the API
 * handed out, such as "3". Anything looser is refused rather than guessed
 * at: `*` or a weak tag would let a write through without saying which
 * version it edited, the lost update If-Match is there to stop.
 */
export function requireIfMatch(header: string | undefined, whatYouEdited: string): number {
  if (header === undefined || header.trim() === '') throw new ApiError('precondition_required', `send If-Match with the ETag of ${whatYouEdited}`);
  const version = Number(STRONG_ETAG.exec(header.trim())?.[1] ?? Number.NaN);
  if (!Number.isInteger(version) || version > MAX_VERSION) {
    const message = 'must be the ETag you read, in quotes, such as "3" (not *, a weak W/ tag or a list)';
    throw new ApiError('validation_failed', `If-Match ${message}`, [{ path: 'if-match', message, rule: 'format' }]);
  }
  return version;
}
