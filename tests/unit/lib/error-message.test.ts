import { describe, expect, it } from 'vitest';
import { errorMessage, failureMessage, isQuotaError } from '../../../src/lib/error-message';

describe('errorMessage', () => {
	it("gives an Error's message and anything else as text", () => {
		expect(errorMessage(new TypeError('bad input'))).toBe('bad input');
		expect(errorMessage('offline')).toBe('offline');
		expect(errorMessage(42)).toBe('42');
		expect(failureMessage("Couldn't read", new Error('gone'))).toBe("Couldn't read: gone");
	});
});

describe('isQuotaError', () => {
	const named = (name: string, message = '') => Object.assign(new Error(message), { name });

	it('knows the quota error by name, by message, and wrapped the way Dexie wraps it', () => {
		expect(isQuotaError(named('QuotaExceededError'))).toBe(true);
		expect(isQuotaError(new Error('The quota has been exceeded.'))).toBe(true);
		expect(
			isQuotaError(Object.assign(named('AbortError'), { inner: named('QuotaExceededError') }))
		).toBe(true);
	});

	it('is not fooled by other failures', () => {
		expect(isQuotaError(named('AbortError', 'Transaction aborted'))).toBe(false);
		expect(isQuotaError(Object.assign(new Error('x'), { inner: new Error('y') }))).toBe(false);
		expect(isQuotaError('QuotaExceededError')).toBe(false);
		expect(isQuotaError(undefined)).toBe(false);
	});
});
