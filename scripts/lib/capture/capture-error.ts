/** Why a capture cannot go on, in words for the editor: the command prints it and exits with 1. */
export class CaptureError extends Error {
  override readonly name = 'CaptureError';
}
