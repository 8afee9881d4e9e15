/**
 * The advisor's invitation panel: the link it makes reads back (through the engine's
 * `invitationFromFragment`) as the meeting and the choice typed; a meeting without a name is
 * refused; the QR library is loaded only when the code is asked for, and its modules are drawn
 * as one SVG path worked out by hand below.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { invitationFromFragment } from '$lib/engine';
import { councilEn, councilNb } from '$lib/i18n/council';
import InvitePanel from '$lib/components/council/InvitePanel.svelte';
import { qrDrawing } from '$lib/components/council/qr';

const qr = vi.hoisted(() => ({ create: vi.fn() }));
vi.mock('qrcode', () => ({ create: qr.create, default: { create: qr.create } }));

// A 3 × 3 symbol: row 0 dark dark light, row 1 all light, row 2 light dark dark.
const MODULES = { size: 3, data: new Uint8Array([1, 1, 0, 0, 0, 0, 0, 1, 1]) };

beforeEach(() => {
	qr.create.mockReset();
	qr.create.mockImplementation(() => ({ modules: MODULES }));
});
afterEach(() => vi.unstubAllGlobals());

async function makeLink(meeting: string, judgements: boolean): Promise<HTMLInputElement> {
	render(InvitePanel);
	await fireEvent.input(screen.getByRole('textbox', { name: 'Møtets navn' }), {
		target: { value: meeting }
	});
	if (judgements)
		await fireEvent.click(
			screen.getByRole('checkbox', { name: 'Medlemmene kan gi sine egne vurderinger (poeng 1–5)' })
		);
	await fireEvent.click(screen.getByRole('button', { name: 'Lag invitasjonslenke' }));
	return screen.getByRole<HTMLInputElement>('textbox', { name: 'Invitasjonslenke' });
}

describe('InvitePanel', () => {
	it('makes a link that reads back as the meeting and the choice', async () => {
		const field = await makeLink('  Regionrådet 12. mars  ', true);
		expect(field).toHaveFocus();
		const url = new URL(field.value);
		expect(url.origin + url.pathname).toBe(location.origin + location.pathname);
		expect(url.hash.startsWith('#i=')).toBe(true);
		// The name as typed, without the spaces around it.
		expect(invitationFromFragment(url.hash)).toEqual({
			version: 1,
			kind: 'invitation',
			meeting: 'Regionrådet 12. mars',
			judgements: true
		});
	});

	it('without the box ticked, members may not give judged scores', async () => {
		const field = await makeLink('Møte', false);
		expect(invitationFromFragment(new URL(field.value).hash)?.judgements).toBe(false);
	});

	it('refuses a meeting without a name and makes no link', async () => {
		render(InvitePanel);
		const name = screen.getByRole('textbox', { name: 'Møtets navn' });
		await fireEvent.input(name, { target: { value: '   ' } });
		await fireEvent.click(screen.getByRole('button', { name: 'Lag invitasjonslenke' }));
		expect(name).toHaveAttribute('aria-invalid', 'true');
		expect(name).toHaveFocus();
		// A meeting's name is at most as long as a scenario's: 200 characters (engine/scenario.ts).
		expect(screen.getByText('Gi møtet et navn (høyst 200 tegn).')).toBeInTheDocument();
		expect(screen.queryByRole('textbox', { name: 'Invitasjonslenke' })).toBeNull();
	});

	it('takes the link away when the name changes after it was made', async () => {
		await makeLink('Møte', false);
		await fireEvent.input(screen.getByRole('textbox', { name: 'Møtets navn' }), {
			target: { value: 'Møte 2' }
		});
		expect(screen.queryByRole('textbox', { name: 'Invitasjonslenke' })).toBeNull();
	});

	it('copies the link and says so', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
		const field = await makeLink('Møte', false);
		await fireEvent.click(screen.getByRole('button', { name: 'Kopier lenken' }));
		expect(await screen.findByRole('status')).toHaveTextContent('Lenken er kopiert.');
		expect(writeText).toHaveBeenCalledWith(field.value);
	});

	it('loads the QR library only when the code is asked for, and draws it', async () => {
		const field = await makeLink('Møte', false);
		expect(qr.create).not.toHaveBeenCalled();
		const show = screen.getByRole('button', { name: 'Vis QR-kode' });
		expect(show).toHaveAttribute('aria-expanded', 'false');
		await fireEvent.click(show);
		const code = await screen.findByRole('img', { name: 'QR-kode for invitasjonen til «Møte»' });
		expect(qr.create).toHaveBeenCalledTimes(1);
		expect(qr.create).toHaveBeenCalledWith(field.value, { errorCorrectionLevel: 'M' });
		// 3 modules and a quiet zone of 4 on each side: 3 + 2 × 4 = 11. Row 0's run starts at
		// column 0 → x 4, y 4, two wide; row 2's at column 1 → x 5, y 6, two wide.
		expect(code).toHaveAttribute('viewBox', '0 0 11 11');
		expect(code.querySelector('path')).toHaveAttribute('d', 'M4 4h2v1h-2zM5 6h2v1h-2z');
		expect(screen.getByRole('button', { name: 'Skjul QR-koden' })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
	});
});

describe('qrDrawing', () => {
	it('draws each run of dark modules in a row once', () => {
		// A row of 4: dark, light, dark, dark → runs at 0 (1 wide) and 2 (2 wide).
		expect(qrDrawing({ size: 4, data: [1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] })).toEqual({
			side: 12,
			// Row 3's last module: x 3 + 4 = 7, y 3 + 4 = 7.
			path: 'M4 4h1v1h-1zM6 4h2v1h-2zM7 7h1v1h-1z'
		});
	});
});

describe('council messages', () => {
	it('have the same keys and placeholders in both languages', () => {
		const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		expect(Object.keys(councilEn).sort()).toEqual(Object.keys(councilNb).sort());
		for (const [key, text] of Object.entries(councilNb)) {
			const en = (councilEn as Record<string, string>)[key]!;
			expect(en.trim(), key).not.toBe('');
			expect(placeholders(en), key).toEqual(placeholders(text));
		}
	});
});
