import { describe, expect, it } from 'vitest';
import { receiveShare } from '../../../src/sw/receive-share';

const ORIGIN = 'https://briefs.example';

function post(form: FormData) {
	return new Request(`${ORIGIN}/share`, { method: 'POST', body: form });
}
const file = (name: string) => new File(['Synthetic test text'], name, { type: 'text/plain' });

describe('receiveShare (refusals come before anything is kept)', () => {
	it('sends a share with no file to the Import page to say so', async () => {
		const form = new FormData();
		// A form sent with nothing picked carries one empty, nameless file.
		form.append('files', new File([], ''));
		const response = await receiveShare(post(form), ORIGIN);
		expect(response.status).toBe(303);
		expect(response.headers.get('Location')).toBe(`${ORIGIN}/import?shared=none`);
	});

	it('refuses more than 20 files, saying how many came', async () => {
		const form = new FormData();
		for (let i = 0; i < 50; i++) form.append('files', file(`synthetic-${i}.txt`));
		const response = await receiveShare(post(form), ORIGIN);
		expect(response.headers.get('Location')).toBe(`${ORIGIN}/import?shared=too-many&count=50`);
	});

	it('sends a share of links alone on to the GET share page', async () => {
		const form = new FormData();
		form.append('title', 'Elsewhere');
		form.append('url', 'https://example.org/a?b=c');
		const response = await receiveShare(post(form), ORIGIN);
		expect(response.headers.get('Location')).toBe(
			`${ORIGIN}/share?title=Elsewhere&url=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc`
		);
	});

	it('answers a body that is not a form like an empty share', async () => {
		const request = new Request(`${ORIGIN}/share`, { method: 'POST', body: 'not a form' });
		const response = await receiveShare(request, ORIGIN);
		expect(response.headers.get('Location')).toBe(`${ORIGIN}/import?shared=none`);
	});
});
