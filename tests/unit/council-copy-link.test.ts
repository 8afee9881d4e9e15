/**
 * The copy-link block the invitation panel and the member's answer share: the field is labelled
 * and holds the link, the button puts the link on the clipboard and the status says so; where
 * the browser refuses, the status says that and the field is selected for copying by hand;
 * `reset()` clears the status.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CopyLink from '$lib/components/council/CopyLink.svelte';

const LINK = 'https://example.org/#i=abc';
const props = {
	link: LINK,
	label: 'Lenke',
	copyLabel: 'Kopier',
	copiedMessage: 'Kopiert.',
	failedMessage: 'Kunne ikke kopiere.'
};

afterEach(() => vi.unstubAllGlobals());

describe('CopyLink', () => {
	it('copies the link and says so in the status', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		render(CopyLink, props);
		const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Lenke' });
		expect(field.value).toBe(LINK);
		expect(field).toHaveAttribute('readonly');
		expect(screen.getByRole('status')).toHaveTextContent('');
		await fireEvent.click(screen.getByRole('button', { name: 'Kopier' }));
		expect(await screen.findByText('Kopiert.')).toHaveAttribute('role', 'status');
		expect(writeText).toHaveBeenCalledWith(LINK);
	});

	it('where the browser refuses, says so and selects the field', async () => {
		const writeText = vi.fn(() => Promise.reject(new Error('denied')));
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		render(CopyLink, props);
		await fireEvent.click(screen.getByRole('button', { name: 'Kopier' }));
		expect(await screen.findByText('Kunne ikke kopiere.')).toHaveAttribute('role', 'status');
		const field = screen.getByRole<HTMLInputElement>('textbox', { name: 'Lenke' });
		// The whole link selected: from 0 to its length.
		expect([field.selectionStart, field.selectionEnd]).toEqual([0, LINK.length]);
	});

	it('focuses the field and clears the status when asked', async () => {
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.resolve() } });
		const { component } = render(CopyLink, props);
		await fireEvent.click(screen.getByRole('button', { name: 'Kopier' }));
		await screen.findByText('Kopiert.');
		component.reset();
		component.focus();
		await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(''));
		expect(screen.getByRole('textbox', { name: 'Lenke' })).toHaveFocus();
	});
});
