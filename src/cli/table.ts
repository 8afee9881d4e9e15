/**
 * The `--format table` output: an aligned plain-text summary of an evaluation, and of the
 * parameter list. Formatting only; every figure comes from the engine or the data.
 */
import { criteria, modelById, parameterById, parameters, presets } from '../lib/data';
import {
	DEFAULT_PRESET_ID,
	type Evaluation,
	type ModelEvaluation,
	type SmaaResult
} from '../lib/engine';
import { formatFixed, formatNok, formatNumber, formatPercent } from './format';
import { msg, type CliLocale } from './messages';

type Align = 'left' | 'right';

function width(text: string): number {
	return [...text].length;
}

function pad(text: string, size: number, align: Align): string {
	const fill = ' '.repeat(Math.max(0, size - width(text)));
	return align === 'left' ? text + fill : fill + text;
}

/** Columns separated by two spaces, a rule under the header; no trailing spaces. */
export function renderTable(header: string[], rows: string[][], align: Align[]): string {
	const sizes = header.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
	const line = (cells: string[]) =>
		cells
			.map((cell, c) => pad(cell, sizes[c]!, align[c] ?? 'left'))
			.join('  ')
			.trimEnd();
	const rule = sizes.map((s) => '-'.repeat(s)).join('  ');
	return [line(header), rule, ...rows.map(line)].join('\n');
}

function modelName(m: ModelEvaluation, lang: CliLocale): string {
	return modelById.get(m.id)?.shortName[lang] ?? m.id;
}

function changesLines(evaluation: Evaluation, lang: CliLocale): string[] {
	const { values, weights } = evaluation.scenario;
	const preset = presets.find((p) => p.id === DEFAULT_PRESET_ID)?.weights ?? {};
	const study = msg(lang, 'scenario.study');
	const lines: string[] = [];
	for (const [id, v] of Object.entries(values)) {
		const p = parameterById.get(id);
		if (!p || p.default === v) continue;
		lines.push(
			`  ${p.label[lang]} (${id}): ${formatNumber(v, lang, 6)} (${study}: ${formatNumber(p.default, lang, 6)})`
		);
	}
	for (const [id, w] of Object.entries(weights)) {
		if (preset[id] === w) continue;
		const c = criteria.find((x) => x.id === id);
		lines.push(
			`  ${msg(lang, 'col.weight')}: ${c?.label[lang] ?? id} (${id}): ${formatNumber(w, lang, 6)} (${study}: ${formatNumber(preset[id] ?? 0, lang, 6)})`
		);
	}
	return lines;
}

export function renderEvaluation(
	evaluation: Evaluation,
	smaa: SmaaResult | null,
	lang: CliLocale
): string {
	const t = (key: Parameters<typeof msg>[1], params?: Record<string, string | number>) =>
		msg(lang, key, params);
	const byRank = [...evaluation.models].sort((a, b) => a.rank - b.rank);
	const out: string[] = [];

	const name = evaluation.scenario.name ?? t('scenario.default');
	out.push(`${t('title')} — ${name}`);
	out.push(`${t('horizon')}: ${formatNumber(evaluation.horizonYears, lang)} ${t('unit.years')}`);
	const changes = changesLines(evaluation, lang);
	out.push(`${t('scenario.changes')}: ${changes.length ? '' : t('scenario.noChanges')}`.trimEnd());
	out.push(...changes);
	out.push(
		smaa
			? t('smaa.summary', {
					samples: formatNumber(smaa.options.samples, lang, 0),
					seed: String(smaa.options.seed),
					lambda: formatNumber(smaa.options.weightUncertainty, lang, 3)
				})
			: t('smaa.skipped')
	);

	out.push('', t('section.ranking'));
	out.push(
		renderTable(
			[t('col.rank'), t('col.model'), t('col.score'), t('col.pFirst')],
			byRank.map((m) => [
				String(m.rank),
				modelName(m, lang),
				formatFixed(m.score, 3, lang),
				formatPercent(smaa ? (smaa.probabilityFirst[m.id] ?? null) : null, lang)
			]),
			['right', 'left', 'right', 'right']
		)
	);

	const years = byRank[0]?.companyCost.byYear.length ?? 0;
	out.push('', t('section.company', { years: formatNumber(years, lang, 0) }));
	out.push(
		renderTable(
			[
				t('col.model'),
				t('col.membership'),
				t('col.traineeFees'),
				t('col.salary'),
				t('col.holidayPay'),
				t('col.pension'),
				t('col.employerContribution'),
				t('col.total'),
				t('col.presentValue')
			],
			byRank.map((m) => {
				const c = m.companyCost.byComponent;
				return [
					modelName(m, lang),
					...[
						c.membership,
						c.traineeFees,
						c.salary,
						c.holidayPay,
						c.pension,
						c.employerContribution,
						m.companyCost.total,
						m.companyCost.presentValue
					].map((v) => formatNok(v, lang))
				];
			}),
			['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']
		)
	);

	out.push('', t('section.public'));
	out.push(
		renderTable(
			[t('col.model'), t('col.region'), t('col.county'), t('col.public')],
			byRank.map((m) => [
				modelName(m, lang),
				formatNok(m.publicCost.region.presentValue, lang),
				formatNok(m.publicCost.county.presentValue, lang),
				formatNok(m.publicCost.public.presentValue, lang)
			]),
			['left', 'right', 'right', 'right']
		)
	);

	out.push('', t('section.outcome'));
	out.push(
		renderTable(
			[
				t('col.model'),
				t('col.trainees'),
				t('col.retained'),
				t('col.attributable'),
				t('col.publicPerRetained'),
				t('col.schemePerRetained')
			],
			byRank.map((m) => [
				modelName(m, lang),
				formatNumber(m.retention.trainees, lang),
				formatNumber(m.retention.retained, lang),
				formatNumber(m.retention.attributable, lang),
				formatNok(m.publicCostPer.perRetained, lang),
				formatNok(m.schemeCostPer.perRetained, lang)
			]),
			['left', 'right', 'right', 'right', 'right', 'right']
		)
	);

	out.push('', t('section.weights'));
	out.push(
		renderTable(
			[t('col.criterion'), t('col.weight')],
			criteria.map((c) => [c.label[lang], formatPercent(evaluation.weights[c.id] ?? 0, lang)]),
			['left', 'right']
		)
	);

	out.push('', t('note.money'), t('note.perRetained'));
	return out.join('\n') + '\n';
}

export function renderParameters(lang: CliLocale): string {
	return (
		renderTable(
			[
				msg(lang, 'col.id'),
				msg(lang, 'col.label'),
				msg(lang, 'col.value'),
				msg(lang, 'col.unit'),
				msg(lang, 'col.range'),
				msg(lang, 'col.kind'),
				msg(lang, 'col.sources')
			],
			parameters.map((p) => [
				p.id,
				p.label[lang],
				formatNumber(p.default, lang, 6),
				msg(lang, `unit.${p.unit}`),
				`${formatNumber(p.range[0], lang, 6)}–${formatNumber(p.range[1], lang, 6)}`,
				msg(lang, `kind.${p.kind}`),
				p.sources.map((s) => (s.section ? `${s.source} ${s.section}` : s.source)).join(', ')
			]),
			['left', 'left', 'right', 'left', 'right', 'left', 'left']
		) + '\n'
	);
}
