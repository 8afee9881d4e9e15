/**
 * Messages for council mode's group view: the advisor gathers the members' answers and sees what
 * the council agrees on and where it splits. Merged into the one catalogue in ../messages.ts.
 */
export const nb = {
	'group.heading': 'Samle rådets svar',
	'group.intro':
		'Lim inn svarlenkene medlemmene sendte, eller velg svarfilene. Svarene leses og regnes bare på denne maskinen.',
	'group.paste.label': 'Svarlenker',
	'group.paste.hint': 'Én eller flere lenker, med mellomrom eller linjeskift mellom.',
	'group.paste.add': 'Legg til svarene',
	'group.files.label': 'Velg svarfiler',
	'group.files.hint': 'Svarfiler (.json) eller en gruppefil; du kan også slippe filene her.',
	'group.link': 'lenke {n}',
	'group.entry': 'svar {n}',
	'group.problem': '{source}: {problem}.',
	'group.problem.notAnswer': 'dette er ikke et svar fra et rådsmøte',
	'group.problem.unreadable': 'kunne ikke leses',
	'group.added': 'La til {count} svar.',
	'group.duplicates': '{count} var lagt til fra før og ble hoppet over.',
	'group.overLimit': 'En gruppe kan ha høyst {max} svar; {count} ble ikke lagt til.',
	'group.meetings.mixed': 'Svarene gjelder ulike møter: {meetings}.',
	'group.members.heading': 'Svar lagt til ({count})',
	'group.member.anonymous': 'Anonym {n}',
	'group.member.remove': 'Fjern',
	'group.member.removeLabel': 'Fjern svaret fra {name}',
	'group.member.judged': 'med egne vurderinger',
	'group.empty': 'Ingen svar er lagt til ennå.',
	'group.results.heading': 'Hva rådet mener',
	'group.majority': '{model} er først for {count} av {total} medlemmer: et flertall.',
	'group.noMajority':
		'Ingen modell er først for et flertall av medlemmene. Flest setter {models} først ({count} av {total}).',
	'group.probability':
		'Når hvert medlems vekter og vurderinger trekkes like ofte og tallene varierer innenfor sine spenn, kommer {model} først i {share} av simuleringene.',
	'group.split':
		'Merk: flest medlemmer setter {first} først med sine egne vekter, men når vurderingene og tallene varierer innenfor sine spenn, kommer {likely} oftest først. Førsteplassene er altså knappe.',
	'group.running': 'Regner gruppens sannsynligheter …',
	'group.base': 'Regnet på tallene i scenarioet «{name}».',
	'group.models.caption': 'Modellene, i rekkefølgen med rådets snittvekter',
	'group.col.rank': 'Plass med snittvektene',
	'group.col.model': 'Modell',
	'group.col.shareFirst': 'Først hos',
	'group.col.pFirst': 'Sannsynlighet for førsteplass',
	'group.firstFor': '{count} av {total}',
	'group.rankings.heading': 'Hvert medlems rangering',
	'group.rankings.place': '{place}. plass',
	'group.disagreement.heading': 'Der medlemmene er mest uenige',
	'group.disagreement.caption':
		'Vekten medlemmene ga hvert kriterium (andel av alle vektene), størst spredning først',
	'group.col.criterion': 'Kriterium',
	'group.col.mean': 'Snitt',
	'group.col.spread': 'Spredning',
	'group.col.lowest': 'Lavest',
	'group.col.highest': 'Høyest',
	'group.disagreement.note':
		'Spredning er standardavviket: hvor langt medlemmenes vekter typisk ligger fra snittet.',
	'group.spreads.all': 'Vis alle kriteriene',
	'group.spreads.fewer': 'Vis bare de mest omstridte',
	'group.problem.tooLarge': 'filen er større enn {max} og er ikke et svar',
	'group.useMean': 'Bruk rådets snittvekter i kalkulatoren',
	'group.useMean.done':
		'Kalkulatoren bruker nå rådets snittvekter. Lagre scenarioet for å sammenligne det med andre.',
	'group.download': 'Last ned gruppefil',
	'group.clear': 'Fjern alle svar',
	'group.cleared': 'Alle svarene er fjernet.',
	'group.undo': 'Angre',
	'group.storage.damaged':
		'Den lagrede gruppen kunne ikke leses og er lagt til side. Legg til svarene på nytt.',
	'group.pdf.included': 'PDF-en får en side om rådets svar.'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'group.heading': "Gather the council's answers",
	'group.intro':
		'Paste the answer links the members sent, or choose their answer files. The answers are read and computed only on this machine.',
	'group.paste.label': 'Answer links',
	'group.paste.hint': 'One or more links, separated by spaces or line breaks.',
	'group.paste.add': 'Add the answers',
	'group.files.label': 'Choose answer files',
	'group.files.hint': 'Answer files (.json) or a group file; you can also drop the files here.',
	'group.link': 'link {n}',
	'group.entry': 'answer {n}',
	'group.problem': '{source}: {problem}.',
	'group.problem.notAnswer': 'this is not an answer from a council meeting',
	'group.problem.unreadable': 'could not be read',
	'group.added': 'Added {count} answers.',
	'group.duplicates': '{count} had been added before and were skipped.',
	'group.overLimit': 'A group can hold at most {max} answers; {count} were not added.',
	'group.meetings.mixed': 'The answers are for different meetings: {meetings}.',
	'group.members.heading': 'Answers added ({count})',
	'group.member.anonymous': 'Anonymous {n}',
	'group.member.remove': 'Remove',
	'group.member.removeLabel': 'Remove the answer from {name}',
	'group.member.judged': 'with own judgements',
	'group.empty': 'No answers added yet.',
	'group.results.heading': 'What the council thinks',
	'group.majority': '{model} is first for {count} of {total} members: a majority.',
	'group.noMajority':
		'No model is first for a majority of the members. Most put {models} first ({count} of {total}).',
	'group.probability':
		"When each member's weights and judgements are drawn equally often and the figures vary within their ranges, {model} comes first in {share} of the simulations.",
	'group.split':
		'Note: most members put {first} first with their own weights, but when the judgements and figures vary within their ranges, {likely} comes first most often. Those first places are narrow.',
	'group.running': "Computing the group's probabilities …",
	'group.base': "Computed on the figures of the scenario '{name}'.",
	'group.models.caption': "The models, in the order of the council's mean weights",
	'group.col.rank': 'Place with the mean weights',
	'group.col.model': 'Model',
	'group.col.shareFirst': 'First for',
	'group.col.pFirst': 'Probability of first place',
	'group.firstFor': '{count} of {total}',
	'group.rankings.heading': "Each member's ranking",
	'group.rankings.place': 'Place {place}',
	'group.disagreement.heading': 'Where the members disagree most',
	'group.disagreement.caption':
		'The weight the members gave each criterion (share of all weights), largest spread first',
	'group.col.criterion': 'Criterion',
	'group.col.mean': 'Mean',
	'group.col.spread': 'Spread',
	'group.col.lowest': 'Lowest',
	'group.col.highest': 'Highest',
	'group.disagreement.note':
		"Spread is the standard deviation: how far the members' weights typically lie from the mean.",
	'group.spreads.all': 'Show every criterion',
	'group.spreads.fewer': 'Show only the most disputed',
	'group.problem.tooLarge': 'the file is larger than {max} and is not an answer',
	'group.useMean': "Use the council's mean weights in the calculator",
	'group.useMean.done':
		"The calculator now uses the council's mean weights. Save the scenario to compare it with others.",
	'group.download': 'Download group file',
	'group.clear': 'Remove all answers',
	'group.cleared': 'All the answers are removed.',
	'group.undo': 'Undo',
	'group.storage.damaged':
		'The saved group could not be read and has been put aside. Add the answers again.',
	'group.pdf.included': 'The PDF gets a page on the council’s answers.'
};
