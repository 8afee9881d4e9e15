/**
 * The domain's own words, written once and used by every output (page, PDF, command line):
 * what the tool compares and the parts of a cost. Merged into the one catalogue in
 * ../messages.ts. Also the sentence a user sees for a fault in the program.
 */
export const nb = {
	'domain.model': 'Modell',
	'domain.score': 'Poeng',
	'domain.total': 'Sum',
	'domain.presentValue': 'Nåverdi',
	'domain.membership': 'Medlemskap',
	'domain.salary': 'Lønn',
	'domain.holidayPay': 'Feriepenger',
	'domain.pension': 'Pensjon',
	'domain.schemeCost': 'Ordningens kostnad',
	'domain.employmentCost': 'Ansettelseskostnad',

	'errors.unexpected': 'en uventet feil i programmet (prøv igjen, eller last siden på nytt)'
} as const;

export const en: { readonly [K in keyof typeof nb]: string } = {
	'domain.model': 'Model',
	'domain.score': 'Score',
	'domain.total': 'Total',
	'domain.presentValue': 'Present value',
	'domain.membership': 'Membership',
	'domain.salary': 'Salary',
	'domain.holidayPay': 'Holiday pay',
	'domain.pension': 'Pension',
	'domain.schemeCost': "The scheme's cost",
	'domain.employmentCost': 'Employment cost',

	'errors.unexpected': 'an unexpected error in the program (try again, or reload the page)'
};
