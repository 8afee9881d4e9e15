/**
 * The `--format table` output: an aligned plain-text summary of an evaluation, and of the
 * parameter list. Formatting only; every figure comes from the engine or the data.
 */
import { criteria, modelById, parameterById, parameters, presets, type ModelId } from '../lib/data';
import {
	DEFAULT_PRESET_ID,
	type Evaluation,
	type ModelEvaluation,
	type SmaaResult
} from '../lib/engine';
import {
	formatCount,
	formatNok,
	formatNumber,
	formatScore,
	formatShare,
	formatYears,
	WHOLE,
	type FractionDigits,
	type Numeric
} from '../lib/format';
import { translate, type Locale, type MessageKey, type MessageParams } from '../lib/i18n';

type Align = 'left' | 'right';

function width(text: string): number {
	return [...text].length;
}

function pad(text: string, size: number, align: Align): string {
	const fill = ' '.repeat(Math.max(0, size - width(text)));
	return align === 'left' ? text + fill : fill + text;
}

/** What a table shows where there is no value (no graduates, no SMAA). */
const NONE = '–';

/** Parameter values and weights as typed in a scenario file: up to six decimals. */
const AS_TYPED: FractionDigits = { maximumFractionDigits: 6 };
/** Probabilities and weights in a column: always one decimal, so that they line up. */
const PERCENT_COLUMN: FractionDigits = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

function nokCell(value: Numeric | null, lang: Locale): string {
	return value === null ? NONE : formatNok(value, lang);
}

function percentCell(value: number | null, lang: Locale): string {
	return value === null ? NONE : formatShare(value, lang, PERCENT_COLUMN);
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

function modelName(m: ModelEvaluation, lang: Locale): string {
	return modelById.get(m.id)?.shortName[lang] ?? m.id;
}

function changesLines(evaluation: Evaluation, lang: Locale): string[] {
	const { values, weights } = evaluation.scenario;
	const preset = presets.find((p) => p.id === DEFAULT_PRESET_ID)?.weights ?? {};
	const study = translate(lang, 'cli.scenario.study');
	const lines: string[] = [];
	for (const [id, v] of Object.entries(values)) {
		const p = parameterById.get(id);
		if (!p || p.default === v) continue;
		lines.push(
			`  ${p.label[lang]} (${id}): ${formatNumber(v, lang, AS_TYPED)} (${study}: ${formatNumber(p.default, lang, AS_TYPED)})`
		);
	}
	for (const [criterionId, byModel] of Object.entries(evaluation.scenario.judgements ?? {})) {
		const c = criteria.find((x) => x.id === criterionId);
		for (const model of Object.keys(byModel)) {
			const j = evaluation.judgements[criterionId]?.[model as ModelId];
			const d = c?.scores?.[model as ModelId];
			if (!j || !d || (j.score === d.score && j.low === d.low && j.high === d.high)) continue;
			const name = modelById.get(model as ModelId)?.shortName[lang] ?? model;
			lines.push(
				`  ${c?.label[lang] ?? criterionId}, ${name}: ${formatNumber(j.score, lang, AS_TYPED)} [${formatNumber(j.low, lang, AS_TYPED)}–${formatNumber(j.high, lang, AS_TYPED)}] (${study}: ${d.score} [${d.low}–${d.high}])`
			);
		}
	}
	for (const [id, w] of Object.entries(weights)) {
		if (preset[id] === w) continue;
		const c = criteria.find((x) => x.id === id);
		lines.push(
			`  ${translate(lang, 'cli.col.weight')}: ${c?.label[lang] ?? id} (${id}): ${formatNumber(w, lang, AS_TYPED)} (${study}: ${formatNumber(preset[id] ?? 0, lang, AS_TYPED)})`
		);
	}
	return lines;
}

export function renderEvaluation(
	evaluation: Evaluation,
	smaa: SmaaResult | null,
	lang: Locale
): string {
	const t = (key: MessageKey, params?: MessageParams) => translate(lang, key, params);
	const byRank = [...evaluation.models].sort((a, b) => a.rank - b.rank);
	const out: string[] = [];

	const name = evaluation.scenario.name ?? t('cli.scenario.default');
	out.push(`${t('app.name')} — ${name}`);
	out.push(`${t('cli.horizon')}: ${formatYears(evaluation.horizonYears, lang)}`);
	const changes = changesLines(evaluation, lang);
	out.push(
		`${t('cli.scenario.changes')}: ${changes.length ? '' : t('cli.scenario.noChanges')}`.trimEnd()
	);
	out.push(...changes);
	out.push(
		smaa
			? t('cli.smaa.summary', {
					samples: formatNumber(smaa.options.samples, lang, WHOLE),
					seed: String(smaa.options.seed),
					lambda: formatNumber(smaa.options.weightUncertainty, lang, { maximumFractionDigits: 3 })
				})
			: t('cli.smaa.skipped')
	);

	out.push('', t('cli.section.ranking'));
	const d = smaa?.decomposition ?? null;
	out.push(
		renderTable(
			[
				t('cli.col.rank'),
				t('cli.col.model'),
				t('cli.col.score'),
				t('cli.col.pFirst'),
				...(d
					? [
							t('cli.col.pFirstJudgementsFixed'),
							t('cli.col.pFirstParametersFixed'),
							t('cli.col.pFirstWeightsFixed')
						]
					: [])
			],
			byRank.map((m) => [
				String(m.rank),
				modelName(m, lang),
				formatScore(m.score, lang),
				percentCell(smaa ? (smaa.probabilityFirst[m.id] ?? null) : null, lang),
				...(d
					? [
							percentCell(d.judgementsFixed[m.id], lang),
							percentCell(d.parametersFixed[m.id], lang),
							percentCell(d.weightsFixed[m.id], lang)
						]
					: [])
			]),
			['right', 'left', 'right', 'right', 'right', 'right', 'right']
		)
	);
	if (smaa) out.push(t('cli.smaa.given'), ...(d ? [t('cli.smaa.decomposition')] : []));
	out.push(
		t('cli.scales', {
			scales: evaluation.scales
				.map((sc) => {
					const c = criteria.find((x) => x.id === sc.criterion);
					const fmt = (v: number) =>
						sc.criterion === 'company-cost' || sc.criterion === 'public-cost'
							? formatNok(Math.round(v), lang)
							: formatNumber(v, lang, { maximumFractionDigits: 1 });
					return `${c?.label[lang] ?? sc.criterion} ${fmt(sc.worst)} → ${fmt(sc.best)}`;
				})
				.join('; ')
		})
	);

	const years = byRank[0]?.companyCost.byYear.length ?? 0;
	out.push('', t('cli.section.company', { years: formatYears(years, lang) }));
	out.push(
		renderTable(
			[
				t('cli.col.model'),
				t('cli.col.membership'),
				t('cli.col.traineeFees'),
				t('cli.col.salary'),
				t('cli.col.holidayPay'),
				t('cli.col.pension'),
				t('cli.col.employerContribution'),
				t('cli.col.total'),
				t('cli.col.presentValue')
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
					].map((v) => nokCell(v, lang))
				];
			}),
			['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right']
		)
	);

	out.push('', t('cli.section.public'));
	out.push(
		renderTable(
			[t('cli.col.model'), t('cli.col.region'), t('cli.col.county'), t('cli.col.public')],
			byRank.map((m) => [
				modelName(m, lang),
				nokCell(m.publicCost.region.presentValue, lang),
				nokCell(m.publicCost.county.presentValue, lang),
				nokCell(m.publicCost.public.presentValue, lang)
			]),
			['left', 'right', 'right', 'right']
		)
	);

	out.push('', t('cli.section.outcome'));
	out.push(
		renderTable(
			[
				t('cli.col.model'),
				t('cli.col.trainees'),
				t('cli.col.retained'),
				t('cli.col.attributable'),
				t('cli.col.publicPerRetained'),
				t('cli.col.schemePerRetained')
			],
			byRank.map((m) => [
				modelName(m, lang),
				formatCount(m.retention.trainees, lang),
				formatCount(m.retention.retained, lang),
				formatCount(m.retention.attributable, lang),
				nokCell(m.publicCostPer.perRetained, lang),
				nokCell(m.schemeCostPer.perRetained, lang)
			]),
			['left', 'right', 'right', 'right', 'right', 'right']
		)
	);

	out.push('', t('cli.section.weights'));
	out.push(
		renderTable(
			[t('cli.col.criterion'), t('cli.col.weight')],
			criteria.map((c) => [c.label[lang], percentCell(evaluation.weights[c.id] ?? 0, lang)]),
			['left', 'right']
		)
	);

	out.push('', t('cli.note.money'), t('cli.note.perRetained'));
	return out.join('\n') + '\n';
}

export function renderParameters(lang: Locale): string {
	return (
		renderTable(
			(['id', 'label', 'value', 'unit', 'range', 'kind', 'sources'] as const).map((c) =>
				translate(lang, `cli.col.${c}`)
			),
			parameters.map((p) => [
				p.id,
				p.label[lang],
				formatNumber(p.default, lang, AS_TYPED),
				translate(lang, `cli.unit.${p.unit}`),
				`${formatNumber(p.range[0], lang, AS_TYPED)}–${formatNumber(p.range[1], lang, AS_TYPED)}`,
				translate(lang, `cli.kind.${p.kind}`),
				p.sources.map((s) => (s.section ? `${s.source} ${s.section}` : s.source)).join(', ')
			]),
			['left', 'left', 'right', 'left', 'right', 'left', 'left']
		) + '\n'
	);
}
