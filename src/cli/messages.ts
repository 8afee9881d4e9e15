/**
 * The command line's own words, in Norwegian bokmål and English. Names of models, criteria and
 * parameters come from `data/` (through the engine), never from here. Error messages are the
 * engine's (English, naming the field), so the command line's own input errors are English too.
 */
export const CLI_LOCALES = ['nb', 'en'] as const;
export type CliLocale = (typeof CLI_LOCALES)[number];

/** The BCP 47 locale `Intl` formats numbers with, per language. */
export const CLI_INTL_LOCALE: Readonly<Record<CliLocale, string>> = { nb: 'nb-NO', en: 'en-GB' };

const nb = {
	title: 'Traineevalg',
	'scenario.default': 'Forstudiens tall',
	'scenario.changes': 'Endret fra forstudien',
	'scenario.noChanges': 'ingen endringer',
	'scenario.study': 'forstudien',
	horizon: 'Analyseperiode',
	'smaa.summary': 'SMAA: {samples} trekk, frø {seed}, vektusikkerhet {lambda}',
	'smaa.skipped': 'SMAA ikke kjørt (--no-smaa)',
	'section.ranking': 'Rangering',
	'section.company': 'Kostnad for en medlemsbedrift per trainee, hele programmet ({years} år)',
	'section.public': 'Offentlig kostnad over analyseperioden, nåverdi',
	'section.outcome': 'Kandidater over analyseperioden og kostnad per kandidat som blir',
	'section.weights': 'Vekter',
	'col.rank': '#',
	'col.model': 'Modell',
	'col.score': 'Poeng',
	'col.pFirst': 'P(første)',
	'col.membership': 'Medlemskap',
	'col.traineeFees': 'Traineeavgift',
	'col.salary': 'Lønn',
	'col.holidayPay': 'Feriepenger',
	'col.pension': 'Pensjon',
	'col.employerContribution': 'Arb.g.avgift',
	'col.total': 'Sum',
	'col.presentValue': 'Nåverdi',
	'col.region': 'Region',
	'col.county': 'Fylke',
	'col.public': 'Sum offentlig',
	'col.trainees': 'Trainees',
	'col.retained': 'Blir',
	'col.attributable': 'Pga. ordningen',
	'col.publicPerRetained': 'Offentlig per blir',
	'col.schemePerRetained': 'Ordning per blir',
	'col.criterion': 'Kriterium',
	'col.weight': 'Vekt',
	'col.id': 'Id',
	'col.label': 'Navn',
	'col.value': 'Verdi',
	'col.unit': 'Enhet',
	'col.range': 'Spenn',
	'col.kind': 'Type',
	'col.sources': 'Kilder',
	'kind.fact': 'fakta',
	'kind.assumption': 'antakelse',
	'note.money':
		'Beløp i hele kroner, udiskontert der ikke nåverdi er nevnt. JSON-utdata gir eksakte beløp med øre.',
	'note.perRetained':
		'«Ordning» = offentlig nåverdi + medlemsbedriftenes avgifter (ikke lønn). – = ingen kandidater.',
	'unit.nok': 'kr',
	'unit.nok-per-year': 'kr per år',
	'unit.nok-per-company-per-year': 'kr per bedrift per år',
	'unit.nok-per-trainee-per-year': 'kr per trainee per år',
	'unit.nok-per-trainee-per-tertial': 'kr per trainee per tertial',
	'unit.share': 'andel',
	'unit.position-share': 'stillingsandel',
	'unit.rate-per-year': 'rente per år',
	'unit.years': 'år',
	'unit.count': 'antall',
	'unit.count-per-year': 'antall per år'
};

export type CliMessageKey = keyof typeof nb;

const en: Record<CliMessageKey, string> = {
	title: 'Traineevalg',
	'scenario.default': "The study's figures",
	'scenario.changes': 'Changed from the study',
	'scenario.noChanges': 'no changes',
	'scenario.study': 'study',
	horizon: 'Analysis horizon',
	'smaa.summary': 'SMAA: {samples} samples, seed {seed}, weight uncertainty {lambda}',
	'smaa.skipped': 'SMAA not run (--no-smaa)',
	'section.ranking': 'Ranking',
	'section.company': 'Cost to a member company per trainee, whole programme ({years} years)',
	'section.public': 'Public cost over the horizon, present value',
	'section.outcome': 'Graduates over the horizon and cost per graduate retained',
	'section.weights': 'Weights',
	'col.rank': '#',
	'col.model': 'Model',
	'col.score': 'Score',
	'col.pFirst': 'P(first)',
	'col.membership': 'Membership',
	'col.traineeFees': 'Trainee fees',
	'col.salary': 'Salary',
	'col.holidayPay': 'Holiday pay',
	'col.pension': 'Pension',
	'col.employerContribution': "Employer's NIC",
	'col.total': 'Total',
	'col.presentValue': 'Present value',
	'col.region': 'Region',
	'col.county': 'County',
	'col.public': 'Public total',
	'col.trainees': 'Trainees',
	'col.retained': 'Retained',
	'col.attributable': 'Due to scheme',
	'col.publicPerRetained': 'Public per retained',
	'col.schemePerRetained': 'Scheme per retained',
	'col.criterion': 'Criterion',
	'col.weight': 'Weight',
	'col.id': 'Id',
	'col.label': 'Name',
	'col.value': 'Value',
	'col.unit': 'Unit',
	'col.range': 'Range',
	'col.kind': 'Kind',
	'col.sources': 'Sources',
	'kind.fact': 'fact',
	'kind.assumption': 'assumption',
	'note.money':
		'Amounts in whole kroner, undiscounted unless present value is stated. JSON output gives exact amounts in øre.',
	'note.perRetained':
		"'Scheme' = public present value + member companies' fees (not wages). – = no graduates.",
	'unit.nok': 'NOK',
	'unit.nok-per-year': 'NOK per year',
	'unit.nok-per-company-per-year': 'NOK per company per year',
	'unit.nok-per-trainee-per-year': 'NOK per trainee per year',
	'unit.nok-per-trainee-per-tertial': 'NOK per trainee per tertial',
	'unit.share': 'share',
	'unit.position-share': 'position share',
	'unit.rate-per-year': 'rate per year',
	'unit.years': 'years',
	'unit.count': 'count',
	'unit.count-per-year': 'count per year'
};

const CATALOGUE: Readonly<Record<CliLocale, Record<CliMessageKey, string>>> = { nb, en };

/** The message `key` in `lang`, each `{name}` replaced by `params[name]`. */
export function msg(
	lang: CliLocale,
	key: CliMessageKey,
	params: Readonly<Record<string, string | number>> = {}
): string {
	return CATALOGUE[lang][key].replace(/\{([a-zA-Z0-9]+)\}/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) throw new Error(`cli messages: '${key}' needs '${name}'`);
		return String(value);
	});
}

const HELP: Record<CliLocale, string> = {
	nb: `Traineevalg – beregning fra kommandolinjen

Bruk:
  npm run calc -- [scenario.json | -] [valg]
  npm run calc -- --parameters [--format table] [--lang en]
  npm run calc -- --schema

Uten fil beregnes forstudiens tall. «-» leser scenarioet fra standard inn.

Valg:
  --format json|table      utdataformat (standard: json)
  --lang nb|en             språk for navn og tabeller (standard: nb)
  --samples N              antall Monte Carlo-trekk i SMAA (standard: {samples})
  --seed N                 frø for tilfeldighetsgeneratoren (standard: {seed})
  --weight-uncertainty X   hvor usikre vektene er, 0–1 (standard: {lambda})
  --no-smaa                hopp over SMAA; probabilityFirst blir null
  --parameters             list alle parametere med verdi, enhet, spenn, type og kilder
  --schema                 skriv JSON Schema for scenariofilen
  -h, --help               vis denne hjelpen

Scenariofil:
  { "version": 1, "name": "…", "values": { "<parameter-id>": tall },
    "weights": { "<kriterium-id>": tall } }
  Bare endringer fra forstudien trengs; se --parameters og --schema for id-ene.

Utdata (JSON):
  Pengebeløp (NOK) skrives som JSON-strenger med to desimaler, f.eks. "1639848.27":
  eksakte desimaltall som aldri har gått via flyttall. Poeng, sannsynligheter og antall
  er tall. Beløp er udiskonterte («total») eller nåverdier («presentValue»).

Avslutningskoder:
  0  ok
  1  intern feil
  2  ugyldig inndata (én linje på standard feil som navngir feltet; ingenting på standard ut)

Eksempler:
  npm run calc -- scenario.json --format table
  echo '{"version":1,"values":{"shared.horizonYears":8}}' | npm run calc -- - --no-smaa
`,
	en: `Traineevalg – calculations from the command line

Usage:
  npm run calc -- [scenario.json | -] [options]
  npm run calc -- --parameters [--format table] [--lang en]
  npm run calc -- --schema

Without a file the study's figures are evaluated. "-" reads the scenario from standard input.

Options:
  --format json|table      output format (default: json)
  --lang nb|en             language of names and tables (default: nb, Norwegian bokmål)
  --samples N              Monte Carlo samples for SMAA (default: {samples})
  --seed N                 seed of the random generator (default: {seed})
  --weight-uncertainty X   how imprecise the weights are, 0–1 (default: {lambda})
  --no-smaa                skip SMAA; probabilityFirst is then null
  --parameters             list every parameter with value, unit, range, kind and sources
  --schema                 print the JSON Schema of the scenario file
  -h, --help               show this help

Scenario file:
  { "version": 1, "name": "…", "values": { "<parameter id>": number },
    "weights": { "<criterion id>": number } }
  Only changes from the study are needed; see --parameters and --schema for the ids.

Output (JSON):
  Money (NOK) is written as a JSON string with two decimals, e.g. "1639848.27": an exact
  decimal that never went through a floating-point number. Scores, probabilities and counts
  are numbers. Amounts are undiscounted ("total") or present values ("presentValue").

Exit status:
  0  success
  1  internal error
  2  bad input (one line on standard error naming the field; nothing on standard output)

Examples:
  npm run calc -- scenario.json --format table
  echo '{"version":1,"values":{"shared.horizonYears":8}}' | npm run calc -- - --no-smaa
`
};

export function helpText(
	lang: CliLocale,
	defaults: { samples: number; seed: number; weightUncertainty: number }
): string {
	return HELP[lang]
		.replace('{samples}', String(defaults.samples))
		.replace('{seed}', String(defaults.seed))
		.replace('{lambda}', String(defaults.weightUncertainty));
}
