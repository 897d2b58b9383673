import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/content/fold';

describe('fold', () => {
	it.each([
		['Díaz\u2011Canel', 'diaz-canel'],
		['DÍAZ\u2013CANEL', 'diaz-canel'],
		['Havana’s “rally”', 'havana\'s "rally"'],
		['Łódź', 'lodz'],
		['Đoković', 'dokovic'],
		['Strauß', 'strauss'],
		['Işık', 'isik'],
		['minus\u2212sign', 'minus-sign']
	])('%s → %s', (input, expected) => {
		expect(fold(input)).toBe(expected);
	});
});
