/** Unwrapping a Result in tests: the value expected, or the error expected. */
import type { CoreError, Result } from "../../src/codev/types";

export function valueOf<T>(result: Result<T>): T {
	if (!result.ok) throw new Error(`expected ok, got ${result.error.code} ${JSON.stringify(result.error.vars)}`);
	return result.value;
}

export function errorOf<T>(result: Result<T>): CoreError {
	if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
	return result.error;
}
