/**
 * The one message catalogue: every string a user sees that does not come from `data/*.json`.
 * Norwegian bokmål (`nb`) is the source language; `en` must have exactly the same keys (the type
 * makes a missing or an extra key a compile error).
 *
 * In two parts, so the page does not download what only the PDF and the command line say: the
 * page's messages here, and the PDF's and command line's (sections report and cli) in
 * ../output.ts, which adds them to the catalogue when the PDF builder or the CLI loads it. Council
 * mode's (the guided weighting's, sections/council.ts, and the invitation's and member view's,
 * sections/invite.ts) are added likewise by ./council.ts when their components load; only their
 * type is registered here.
 *
 * Placeholders are written `{name}` and filled by `translate`. Unit words are whole phrases with
 * a `{value}` placeholder, so that word order can differ between languages.
 */
import * as answer from './sections/answer';
import * as assumptions from './sections/assumptions';
import * as charts from './sections/charts';
import type * as council from './sections/council';
import * as domain from './sections/domain';
import * as exportPanel from './sections/export';
import type * as invite from './sections/invite';
import * as judgements from './sections/judgements';
import type { outputNb } from './output';
import * as results from './sections/results';
import * as scenarios from './sections/scenarios';

const base = {
	'app.name': 'Traineevalg',
	'app.tagline': 'Beslutningsstøtte for en traineeordning i Sør-Østerdal',
	'app.title': 'Traineevalg: sammenlign modeller for en traineeordning i Sør-Østerdal',
	'app.description':
		'Sammenlign modellene for en traineeordning i Sør-Østerdal med nullalternativet, med tall og kilder fra forstudien.',
	'app.intro':
		'Sju av ti bedrifter i Sør-Østerdal har trolig et udekket kompetansebehov. Forstudien fra Sør-Østerdal Næringshage (2024) vurderer flere måter regionen kan få en traineeordning på. Her ser du dem side om side med nullalternativet, altså å ikke gjøre noe nytt. Hvert tall har en kilde: hold pekeren over eller gå med tabulatortasten til «Kilde» for å se hvor tallet kommer fra. Tall merket «antakelse» finnes ikke i forstudien og kan endres.',

	'language.label': 'Språk',
	'language.nb': 'Norsk (bokmål)',
	'language.en': 'English',

	'models.heading': 'Modellene',
	'models.intro':
		'Modellene fra forstudien (kapittel 5.1) og nullalternativet som de sammenlignes med.',
	'model.verdict': 'Forstudiens vurdering',
	'model.sections': 'Avsnitt i forstudien',
	'model.keyFigures': 'Nøkkeltall',
	'model.baseline': 'Sammenligningsgrunnlag',

	'figure.assumption': 'antakelse',
	'figure.source': 'Kilde',
	'figure.sources': 'Kilder',
	'figure.sourcesFor': 'Kilder for «{label}»:',

	'source.study': 'Forstudien',

	'sources.heading': 'Kilder',
	'sources.intro':
		'Alle tall i verktøyet kan spores til et avsnitt i forstudien eller til en navngitt offentlig kilde.',
	'sources.role.study': 'Forstudien',
	'sources.role.cited-by-study': 'Kilder forstudien bygger på',
	'sources.role.second-source': 'Andre kilder',
	'sources.role.standard': 'Regelverk og veiledere',

	'footer.about':
		'Traineevalg bygger på forstudien om en traineeordning for Sør-Østerdal, skrevet av Sør-Østerdal Næringshage i 2024 og finansiert av regionrådet i Sør-Østerdal (SØIPR).',

	'unit.nok': '{value}',
	'unit.nok-per-year': '{value} per år',
	'unit.nok-per-company-per-year': '{value} per bedrift per år',
	'unit.nok-per-trainee-per-year': '{value} per trainee per år',
	'unit.nok-per-trainee-per-tertial': '{value} per trainee per tertial',
	'unit.share': '{value}',
	'unit.position-share': '{value} av en stilling',
	'unit.rate-per-year': '{value} per år',
	'unit.years.one': '{value} år',
	'unit.years.other': '{value} år',
	'unit.count': '{value}',
	'unit.count-per-year': '{value} per år'
} as const satisfies Record<string, string>;

/** The page's messages: the base messages and each page section. */
export const nb = {
	...base,
	...domain.nb,
	...answer.nb,
	...assumptions.nb,
	...charts.nb,
	...exportPanel.nb,
	...judgements.nb,
	...results.nb,
	...scenarios.nb
} as const;

/**
 * Every message's Norwegian text: the page's (above), those loaded with the outputs, and council
 * mode's (loaded with its components by ./council.ts).
 */
export type AllMessages = typeof nb & typeof outputNb & typeof council.nb & typeof invite.nb;

/** Every key: the page's, the PDF's and command line's (./output.ts) and council mode's. */
export type MessageKey = keyof AllMessages;

/** English: the same keys as `nb`, no more and no fewer. */
const enBase: { readonly [K in keyof typeof base]: string } = {
	'app.name': 'Traineevalg',
	'app.tagline': 'Decision support for a trainee scheme in Sør-Østerdal',
	'app.title': 'Traineevalg: compare models for a trainee scheme in Sør-Østerdal',
	'app.description':
		'Compare the models for a trainee scheme in Sør-Østerdal with the zero alternative, with figures and sources from the pre-study.',
	'app.intro':
		"Seven in ten companies in Sør-Østerdal probably have an unmet competence need. The pre-study by Sør-Østerdal Næringshage (2024) weighs several ways the region could get a trainee scheme. Here you see them side by side with the zero alternative: doing nothing new. Every figure has a source: hover over or tab to 'Source' to see where it comes from. Figures marked 'assumption' are not in the pre-study and can be changed.",

	'language.label': 'Language',
	'language.nb': 'Norsk (bokmål)',
	'language.en': 'English',

	'models.heading': 'The models',
	'models.intro':
		'The models from the pre-study (chapter 5.1) and the zero alternative they are compared with.',
	'model.verdict': "The pre-study's assessment",
	'model.sections': 'Sections of the pre-study',
	'model.keyFigures': 'Key figures',
	'model.baseline': 'Baseline for comparison',

	'figure.assumption': 'assumption',
	'figure.source': 'Source',
	'figure.sources': 'Sources',
	'figure.sourcesFor': "Sources for '{label}':",

	'source.study': 'The pre-study',

	'sources.heading': 'Sources',
	'sources.intro':
		'Every figure in the tool can be traced to a section of the pre-study or to a named public source.',
	'sources.role.study': 'The pre-study',
	'sources.role.cited-by-study': 'Sources the pre-study builds on',
	'sources.role.second-source': 'Other sources',
	'sources.role.standard': 'Regulations and guidelines',

	'footer.about':
		'Traineevalg is built on the pre-study of a trainee scheme for Sør-Østerdal, written by Sør-Østerdal Næringshage in 2024 and funded by the Sør-Østerdal regional council (SØIPR).',

	'unit.nok': '{value}',
	'unit.nok-per-year': '{value} per year',
	'unit.nok-per-company-per-year': '{value} per company per year',
	'unit.nok-per-trainee-per-year': '{value} per trainee per year',
	'unit.nok-per-trainee-per-tertial': '{value} per trainee per tertial',
	'unit.share': '{value}',
	'unit.position-share': '{value} of a full-time position',
	'unit.rate-per-year': '{value} per year',
	'unit.years.one': '{value} year',
	'unit.years.other': '{value} years',
	'unit.count': '{value}',
	'unit.count-per-year': '{value} per year'
};

export const en: { readonly [K in keyof typeof nb]: string } = {
	...enBase,
	...domain.en,
	...answer.en,
	...assumptions.en,
	...charts.en,
	...exportPanel.en,
	...judgements.en,
	...results.en,
	...scenarios.en
};
