/**
 * Messages for council mode's invitation (the advisor's `invite.*`) and a member's answer view
 * (`member.*`). Not part of the page's first download: the council components add them to the
 * catalogue when they load (`../council.ts`); their keys are typed with the rest in ../messages.ts.
 */
export const nb = {
	'invite.heading': 'Rådsmøte',
	'invite.gather': 'Samle rådets svar',
	'invite.intro':
		'Be medlemmene i rådet om deres egne vekter. De svarer på sin egen telefon, uten konto og uten server, og sender svaret tilbake som en lenke eller en fil.',
	'invite.title': 'Invitasjon til medlemmene',
	'invite.meeting': 'Møtets navn',
	'invite.meeting.hint': 'Medlemmene ser navnet, og det følger med svarene tilbake.',
	'invite.judgements': 'Medlemmene kan gi sine egne vurderinger (poeng 1–5)',
	'invite.make': 'Lag invitasjonslenke',
	'invite.error.meeting': 'Gi møtet et navn (høyst {max} tegn).',
	'invite.link': 'Invitasjonslenke',
	'invite.copy': 'Kopier lenken',
	'invite.copied': 'Lenken er kopiert.',
	'invite.copyFailed':
		'Lenken kunne ikke kopieres automatisk. Merk den i feltet og kopier den selv.',
	'invite.qr.show': 'Vis QR-kode',
	'invite.qr.hide': 'Skjul QR-koden',
	'invite.qr.loading': 'Lager QR-koden …',
	'invite.qr.label': 'QR-kode for invitasjonen til «{meeting}»',
	'invite.qr.failed': 'QR-koden kunne ikke lages. Del lenken i stedet.',

	'member.heading': 'Ditt svar til «{meeting}»',
	'member.private': 'Ingenting forlater telefonen din, bortsett fra svaret du selv velger å sende.',
	'member.weights.heading': 'Hva er viktigst for deg?',
	'member.weights.intro':
		'Bruk «Hjelp meg å vekte», eller sett poeng (0–100) for hvert kriterium. Andelen til høyre er hvor mye kriteriet teller.',
	'member.judgements.heading': 'Dine egne vurderinger',
	'member.judgements.intro':
		'Gi hver modell poeng fra 1 (svakest) til 5 (best) der du vurderer annerledes enn forstudien. Det du ikke endrer, står som forstudiens.',
	'member.judgements.show': 'Vis vurderingene',
	'member.judgements.hide': 'Skjul vurderingene',
	'member.judgements.score': '{model}: poeng for «{criterion}»',
	'member.judgements.study': 'forstudien: {score}',
	'member.who.heading': 'Hvem svarer',
	'member.name': 'Navnet ditt',
	'member.anonymous': 'Svar anonymt',
	'member.make': 'Lag svaret',
	'member.made': 'Svaret er klart. Send lenken eller filen til den som leder møtet.',
	'member.link': 'Svarlenke',
	'member.copy': 'Kopier svarlenken',
	'member.copied': 'Svarlenken er kopiert.',
	'member.share': 'Del svaret',
	'member.download': 'Last ned svarfil',
	'member.error.invitation':
		'Invitasjonslenken kunne ikke leses: {problem}. Be om en ny lenke fra den som leder møtet.',
	'member.error.answer': 'Svaret kunne ikke lages: {problem}.',
	'member.normalPage': 'Gå til den vanlige siden',
	'member.notSaved': 'Vektene du gir her, lagres ikke i scenarioene dine på denne enheten.'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'invite.heading': 'Council meeting',
	'invite.gather': "Gather the council's answers",
	'invite.intro':
		"Ask the council's members for their own weights. They answer on their own phones, with no account and no server, and send their answer back as a link or a file.",
	'invite.title': 'Invitation to the members',
	'invite.meeting': "The meeting's name",
	'invite.meeting.hint': 'The members see the name, and it comes back with their answers.',
	'invite.judgements': 'Members may give their own judged scores (1–5)',
	'invite.make': 'Make the invitation link',
	'invite.error.meeting': 'Give the meeting a name (at most {max} characters).',
	'invite.link': 'Invitation link',
	'invite.copy': 'Copy the link',
	'invite.copied': 'The link is copied.',
	'invite.copyFailed':
		'The link could not be copied automatically. Select it in the field and copy it yourself.',
	'invite.qr.show': 'Show QR code',
	'invite.qr.hide': 'Hide the QR code',
	'invite.qr.loading': 'Making the QR code …',
	'invite.qr.label': "QR code for the invitation to '{meeting}'",
	'invite.qr.failed': 'The QR code could not be made. Share the link instead.',

	'member.heading': "Your answer to '{meeting}'",
	'member.private': 'Nothing leaves your phone except the answer you choose to send.',
	'member.weights.heading': 'What matters most to you?',
	'member.weights.intro':
		"Use 'Help me weigh', or set points (0–100) for each criterion. The share on the right is how much the criterion counts.",
	'member.judgements.heading': 'Your own judged scores',
	'member.judgements.intro':
		'Give each model a score from 1 (weakest) to 5 (best) where you judge differently from the pre-study. What you leave unchanged stays as the pre-study has it.',
	'member.judgements.show': 'Show the judged scores',
	'member.judgements.hide': 'Hide the judged scores',
	'member.judgements.score': "{model}: score for '{criterion}'",
	'member.judgements.study': 'pre-study: {score}',
	'member.who.heading': 'Who is answering',
	'member.name': 'Your name',
	'member.anonymous': 'Answer anonymously',
	'member.make': 'Make the answer',
	'member.made': 'The answer is ready. Send the link or the file to whoever leads the meeting.',
	'member.link': 'Answer link',
	'member.copy': 'Copy the answer link',
	'member.copied': 'The answer link is copied.',
	'member.share': 'Share the answer',
	'member.download': 'Download the answer file',
	'member.error.invitation':
		'The invitation link could not be read: {problem}. Ask whoever leads the meeting for a new link.',
	'member.error.answer': 'The answer could not be made: {problem}.',
	'member.normalPage': 'Go to the ordinary page',
	'member.notSaved': 'The weights you give here are not saved in your scenarios on this device.'
};
