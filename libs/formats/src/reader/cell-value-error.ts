/**
 * A cell that cannot be read as what its column holds. The message starts with the value as written
 * (`"abc" is not a number`), so that the caller can put the column's name in front of it.
 */
export class CellValueError extends Error {
  override readonly name = 'CellValueError';
}
