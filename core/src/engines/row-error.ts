import { StrataError } from '../errors';

/** A value of one inserted row does not fit its column; `row` is the row's 1-based index among those given. */
export class RowError extends StrataError {
  constructor(message: string, readonly row: number) {
    super('data', message);
  }
}
