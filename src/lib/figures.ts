/**
 * A model's key figures as the cards show them: a figure that names a parameter takes its value,
 * unit, sources and kind from that parameter; a literal figure carries its own.
 */
import { parameterById as allParameters } from '$lib/data';
import type { KeyFigure, LocalizedText, Parameter, SourceRef, Unit } from '$lib/data/schema';
import { invariant, UnknownIdError } from './errors';

export interface ResolvedFigure {
	readonly label: LocalizedText;
	readonly value: number;
	/** Upper end where the source gives a range (18–20 members). */
	readonly valueHigh?: number;
	readonly unit: Unit;
	readonly sources: readonly SourceRef[];
	/** True when the value is the tool's assumption, not a figure from a source. */
	readonly assumption: boolean;
	readonly parameterId?: string;
}

export function resolveKeyFigure(
	figure: KeyFigure,
	parameterById: ReadonlyMap<string, Parameter> = allParameters
): ResolvedFigure {
	if (figure.parameter !== undefined) {
		const parameter = parameterById.get(figure.parameter);
		if (!parameter) throw new UnknownIdError('parameter', figure.parameter, 'key figure');
		return {
			label: figure.label,
			value: parameter.default,
			unit: parameter.unit,
			sources: parameter.sources,
			assumption: parameter.kind === 'assumption',
			parameterId: parameter.id
		};
	}
	invariant(
		figure.value !== undefined && figure.unit !== undefined && figure.sources !== undefined,
		'a literal key figure needs value, unit and sources'
	);
	return {
		label: figure.label,
		value: figure.value,
		valueHigh: figure.valueHigh,
		unit: figure.unit,
		sources: figure.sources,
		assumption: false
	};
}
