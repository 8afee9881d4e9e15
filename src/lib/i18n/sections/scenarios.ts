/** Messages for the scenarios part of the page; merged into the one catalogue in ../messages.ts. */
export const nb = {
	'scenarios.heading': 'Scenario',
	'scenarios.name.label': 'Navn på scenarioet',
	'scenarios.untitled': 'Uten navn',
	'scenarios.fromStudy.none': 'Ingen endringer fra forstudien',
	'scenarios.fromStudy.one': '{count} endring fra forstudien',
	'scenarios.fromStudy.other': '{count} endringer fra forstudien',
	'scenarios.count.none': 'ingen endringer',
	'scenarios.count.one': '{count} endring',
	'scenarios.count.other': '{count} endringer',
	'scenarios.actions': 'Handlinger for scenarioet',

	'scenarios.save': 'Lagre',
	'scenarios.saved': 'Lagret «{name}» i denne nettleseren.',
	'scenarios.updated': 'Oppdaterte det lagrede scenarioet «{name}».',
	'scenarios.storageFailed':
		'Kunne ikke lagre: nettleseren tillater ikke lagring på denne siden. Eksporter scenarioet som fil i stedet.',

	'scenarios.panel.open': 'Åpne lagret ({count})',
	'scenarios.panel.compare': 'Sammenlign',
	'scenarios.list.heading': 'Lagrede scenarioer',
	'scenarios.list.empty':
		'Ingen lagrede scenarioer ennå. Gi scenarioet et navn og trykk «Lagre»; det lagres bare i denne nettleseren.',
	'scenarios.list.savedAt': 'Lagret {date}',
	'scenarios.list.open': 'Åpne',
	'scenarios.list.openLabel': 'Åpne «{name}»',
	'scenarios.list.delete': 'Slett',
	'scenarios.list.deleteLabel': 'Slett «{name}»',
	'scenarios.opened': 'Åpnet «{name}».',
	'scenarios.deleted': 'Slettet «{name}».',

	'scenarios.undo': 'Angre',
	'scenarios.undone': 'Angret.',
	'scenarios.dismiss': 'Lukk meldingen',

	'scenarios.import': 'Importer',
	'scenarios.import.label': 'Velg en scenariofil (JSON) å importere',
	'scenarios.imported': 'Importerte «{name}» fra {file}.',
	'scenarios.export': 'Eksporter',
	'scenarios.exported': 'Lastet ned {file}.',

	'scenarios.share': 'Kopier delingslenke',
	'scenarios.share.copied':
		'Delingslenken er kopiert. Den inneholder bare endringene fra forstudien.',
	'scenarios.share.manual':
		'Lenken kunne ikke kopieres automatisk. Merk den i feltet under og kopier den selv.',
	'scenarios.share.field': 'Delingslenke for scenarioet slik det er nå',
	'scenarios.share.hide': 'Skjul delingslenken',
	'scenarios.link.opened': 'Åpnet «{name}» fra lenken ({changes}).',

	'scenarios.reset': 'Tilbakestill alt',
	'scenarios.reset.confirm':
		'Tilbakestille navnet og alle endringer ({changes}) til forstudiens tall?',
	'scenarios.reset.yes': 'Ja, tilbakestill',
	'scenarios.reset.cancel': 'Avbryt',
	'scenarios.reset.done': 'Alt er tilbakestilt til forstudiens tall.',

	'scenarios.error.file': 'Filen kunne ikke leses: {problem}. Scenarioet ditt er ikke endret.',
	'scenarios.error.link': 'Lenken kunne ikke leses: {problem}. Scenarioet ditt er ikke endret.',
	'scenarios.error.tooLarge':
		'Filen kunne ikke leses: den er på {size} byte, mens en scenariofil er på noen få kB. Scenarioet ditt er ikke endret.',
	'scenarios.error.unreadable':
		'Filen kunne ikke leses fra disken. Scenarioet ditt er ikke endret.',
	'scenarios.field': '«{label}» ({id})',
	'scenarios.problem.invalid-json': 'innholdet er ikke gyldig JSON',
	'scenarios.problem.link-damaged': 'lenken er skadet eller ufullstendig',
	'scenarios.problem.not-a-scenario': 'innholdet er ikke et scenario',
	'scenarios.problem.invalid-shape': 'feltet «{field}» har feil form',
	'scenarios.problem.unsupported-version': 'versjon {version} støttes ikke, bare versjon 1 og 2',
	'scenarios.problem.unknown-parameter': '«{id}» er ikke et tall beregningen kjenner',
	'scenarios.problem.unknown-criterion': '«{id}» er ikke et kjent kriterium',
	'scenarios.problem.not-a-number': 'verdien for {field} er ikke et tall',
	'scenarios.problem.not-an-integer': 'verdien for {field} må være et helt tall',
	'scenarios.problem.negative': 'verdien for {field} er negativ; tillatt {range}',
	'scenarios.problem.out-of-range': 'verdien for {field} er {value}; tillatt {range}',
	'scenarios.problem.out-of-range-plain': 'verdien for {field} er utenfor det tillatte',
	'scenarios.problem.negative-weight': 'vekten for {field} er negativ',
	'scenarios.problem.all-weights-zero': 'alle vektene er 0, men minst én må være over 0',
	'scenarios.problem.no-top-swing':
		'ingen sving har fått 100 poeng; den svingen som betyr mest, skal ha 100',

	'scenarios.compare.heading': 'Sammenlign to scenarioer',
	'scenarios.compare.a': 'Scenario A',
	'scenarios.compare.b': 'Scenario B',
	'scenarios.compare.study': 'Forstudiens tall',
	'scenarios.compare.current': 'Nåværende: {name}',
	'scenarios.compare.savedGroup': 'Lagrede scenarioer',
	'scenarios.compare.same': 'A og B har de samme tallene og gir de samme resultatene.',
	'scenarios.compare.inputs.caption':
		'Tall, vekter og vurderinger som er forskjellige i A og B ({count})',
	'scenarios.compare.inputs.figure': 'Tall',
	'scenarios.compare.inputs.study': 'Forstudien',
	'scenarios.compare.shared': 'Felles for alle modeller',
	'scenarios.compare.weight': 'Vekt',
	'scenarios.compare.judgement': 'Vurdering, {model}',
	'scenarios.compare.points': '{value} poeng',
	'scenarios.compare.outcomes.caption':
		'Resultater i A og B, og forskjellen B − A. Kostnadene er nåverdier.',
	'scenarios.compare.model': 'Modell',
	'scenarios.compare.rank': 'Rangering',
	'scenarios.compare.score': 'Poeng (0–1)',
	'scenarios.compare.companyCost': 'Kostnad for en medlemsbedrift',
	'scenarios.compare.publicCost': 'Kostnad for region og fylke',
	'scenarios.compare.graduates': 'Blir på grunn av ordningen',
	'scenarios.compare.diff': 'B − A',

	// Storage shared by tabs, and what could not be read from it (issue 12).
	'scenarios.renamed': 'Ga scenarioet nytt navn: «{name}».',
	'scenarios.undoConflict':
		'Kunne ikke angre: scenarioet er endret i en annen fane siden. Ingenting er endret.',
	'scenarios.link.openedKept':
		'Åpnet «{name}» fra lenken ({changes}). Det du holdt på med, er tatt vare på som utkast under «Åpne lagret».',
	'scenarios.list.draft': 'utkast',
	'scenarios.list.rename': 'Gi nytt navn',
	'scenarios.list.renameLabel': 'Gi «{name}» nytt navn',
	'scenarios.list.renameField': 'Nytt navn for «{name}»',
	'scenarios.list.renameSave': 'Lagre navnet',
	'scenarios.list.renameCancel': 'Avbryt',
	'scenarios.repair.keptAside':
		'Noe av det nettleseren hadde lagret, kunne ikke leses ({fields}). Det som kunne leses, er hentet inn; resten er lagt til side, ikke slettet. Last det ned for å ta vare på det.',
	'scenarios.repair.done':
		'Lagrede scenarioer er oppdatert fra en eldre versjon ({fields}; {duplicates} dobbeltlagret).',
	'scenarios.repair.download': 'Last ned det som ikke kunne leses',
	'scenarios.keptAside.one': '{count} lagret verdi kunne ikke leses og er lagt til side.',
	'scenarios.keptAside.other': '{count} lagrede verdier kunne ikke leses og er lagt til side.',
	'scenarios.keptAside.download': 'Last ned',
	'scenarios.keptAside.discard': 'Slett dem',
	'update.ready':
		'En ny versjon av siden er klar. Denne siden virker som før til du laster den inn på nytt; scenarioet ditt beholdes.',
	'update.reload': 'Last inn ny versjon',
	'update.dismiss': 'Lukk meldingen om ny versjon'
} as const satisfies Record<string, string>;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'scenarios.heading': 'Scenario',
	'scenarios.name.label': 'Scenario name',
	'scenarios.untitled': 'Untitled',
	'scenarios.fromStudy.none': 'No changes from the study',
	'scenarios.fromStudy.one': '{count} change from the study',
	'scenarios.fromStudy.other': '{count} changes from the study',
	'scenarios.count.none': 'no changes',
	'scenarios.count.one': '{count} change',
	'scenarios.count.other': '{count} changes',
	'scenarios.actions': 'Scenario actions',

	'scenarios.save': 'Save',
	'scenarios.saved': "Saved '{name}' in this browser.",
	'scenarios.updated': "Updated the saved scenario '{name}'.",
	'scenarios.storageFailed':
		'Could not save: the browser does not allow storage on this page. Export the scenario as a file instead.',

	'scenarios.panel.open': 'Open saved ({count})',
	'scenarios.panel.compare': 'Compare',
	'scenarios.list.heading': 'Saved scenarios',
	'scenarios.list.empty':
		"No saved scenarios yet. Name the scenario and press 'Save'; it is kept in this browser only.",
	'scenarios.list.savedAt': 'Saved {date}',
	'scenarios.list.open': 'Open',
	'scenarios.list.openLabel': "Open '{name}'",
	'scenarios.list.delete': 'Delete',
	'scenarios.list.deleteLabel': "Delete '{name}'",
	'scenarios.opened': "Opened '{name}'.",
	'scenarios.deleted': "Deleted '{name}'.",

	'scenarios.undo': 'Undo',
	'scenarios.undone': 'Undone.',
	'scenarios.dismiss': 'Close the message',

	'scenarios.import': 'Import',
	'scenarios.import.label': 'Choose a scenario file (JSON) to import',
	'scenarios.imported': "Imported '{name}' from {file}.",
	'scenarios.export': 'Export',
	'scenarios.exported': 'Downloaded {file}.',

	'scenarios.share': 'Copy share link',
	'scenarios.share.copied': 'The share link is copied. It holds only the changes from the study.',
	'scenarios.share.manual':
		'The link could not be copied automatically. Select it in the field below and copy it yourself.',
	'scenarios.share.field': 'Share link for the scenario as it is now',
	'scenarios.share.hide': 'Hide the share link',
	'scenarios.link.opened': "Opened '{name}' from the link ({changes}).",

	'scenarios.reset': 'Reset everything',
	'scenarios.reset.confirm': "Reset the name and all changes ({changes}) to the study's figures?",
	'scenarios.reset.yes': 'Yes, reset',
	'scenarios.reset.cancel': 'Cancel',
	'scenarios.reset.done': "Everything is reset to the study's figures.",

	'scenarios.error.file': 'The file could not be read: {problem}. Your scenario is unchanged.',
	'scenarios.error.link': 'The link could not be read: {problem}. Your scenario is unchanged.',
	'scenarios.error.tooLarge':
		'The file could not be read: it is {size} bytes, while a scenario file is a few kB. Your scenario is unchanged.',
	'scenarios.error.unreadable': 'The file could not be read from disk. Your scenario is unchanged.',
	'scenarios.field': "'{label}' ({id})",
	'scenarios.problem.invalid-json': 'the content is not valid JSON',
	'scenarios.problem.link-damaged': 'the link is damaged or incomplete',
	'scenarios.problem.not-a-scenario': 'the content is not a scenario',
	'scenarios.problem.invalid-shape': "the field '{field}' has the wrong form",
	'scenarios.problem.unsupported-version':
		'version {version} is not supported, only versions 1 and 2',
	'scenarios.problem.unknown-parameter': "'{id}' is not a figure the calculation knows",
	'scenarios.problem.unknown-criterion': "'{id}' is not a known criterion",
	'scenarios.problem.not-a-number': 'the value for {field} is not a number',
	'scenarios.problem.not-an-integer': 'the value for {field} must be a whole number',
	'scenarios.problem.negative': 'the value for {field} is negative; allowed {range}',
	'scenarios.problem.out-of-range': 'the value for {field} is {value}; allowed {range}',
	'scenarios.problem.out-of-range-plain': 'the value for {field} is out of bounds',
	'scenarios.problem.negative-weight': 'the weight for {field} is negative',
	'scenarios.problem.all-weights-zero': 'all weights are 0, but at least one must be above 0',
	'scenarios.problem.no-top-swing':
		'no swing has 100 points; the swing that matters most must have 100',

	'scenarios.compare.heading': 'Compare two scenarios',
	'scenarios.compare.a': 'Scenario A',
	'scenarios.compare.b': 'Scenario B',
	'scenarios.compare.study': "The study's figures",
	'scenarios.compare.current': 'Current: {name}',
	'scenarios.compare.savedGroup': 'Saved scenarios',
	'scenarios.compare.same': 'A and B have the same figures and give the same results.',
	'scenarios.compare.inputs.caption':
		'Figures, weights and judgements that differ between A and B ({count})',
	'scenarios.compare.inputs.figure': 'Figure',
	'scenarios.compare.inputs.study': 'The study',
	'scenarios.compare.shared': 'Shared by all models',
	'scenarios.compare.weight': 'Weight',
	'scenarios.compare.judgement': 'Judgement, {model}',
	'scenarios.compare.points': '{value} points',
	'scenarios.compare.outcomes.caption':
		'Results in A and B, and the difference B − A. Costs are present values.',
	'scenarios.compare.model': 'Model',
	'scenarios.compare.rank': 'Rank',
	'scenarios.compare.score': 'Score (0–1)',
	'scenarios.compare.companyCost': 'Cost to a member company',
	'scenarios.compare.publicCost': 'Cost to the region and county',
	'scenarios.compare.graduates': 'Retained because of the scheme',
	'scenarios.compare.diff': 'B − A',

	// Storage shared by tabs, and what could not be read from it (issue 12).
	'scenarios.renamed': "Renamed the scenario: '{name}'.",
	'scenarios.undoConflict':
		'Could not undo: the scenario has been changed in another tab since. Nothing was changed.',
	'scenarios.link.openedKept':
		"Opened '{name}' from the link ({changes}). What you were working on is kept as a draft under 'Open saved'.",
	'scenarios.list.draft': 'draft',
	'scenarios.list.rename': 'Rename',
	'scenarios.list.renameLabel': "Rename '{name}'",
	'scenarios.list.renameField': "New name for '{name}'",
	'scenarios.list.renameSave': 'Save name',
	'scenarios.list.renameCancel': 'Cancel',
	'scenarios.repair.keptAside':
		'Some of what this browser had stored could not be read ({fields}). What could be read has been recovered; the rest is kept aside, not deleted. Download it to keep it.',
	'scenarios.repair.done':
		'Saved scenarios were updated from an older version ({fields}; {duplicates} stored twice).',
	'scenarios.repair.download': 'Download what could not be read',
	'scenarios.keptAside.one': '{count} stored value could not be read and is kept aside.',
	'scenarios.keptAside.other': '{count} stored values could not be read and are kept aside.',
	'scenarios.keptAside.download': 'Download',
	'scenarios.keptAside.discard': 'Delete them',
	'update.ready':
		'A new version of this page is ready. This page keeps working as it is until you reload it; your scenario is kept.',
	'update.reload': 'Load the new version',
	'update.dismiss': 'Close the new version message'
};
