/**
 * The engine's one typed entry point, used alike by the page, the PDF builder and the command
 * line. Pure TypeScript: no Svelte, no DOM, no I/O.
 */
export {
	evaluate,
	keepCosts,
	type Evaluation,
	type ModelEvaluation,
	type CostPerOutcome
} from './evaluate';
export {
	smaa,
	DEFAULT_SMAA_OPTIONS,
	type SmaaOptions,
	type SmaaResult,
	type UncertaintyDecomposition
} from './smaa';
export {
	parseScenario,
	parseScenarioJson,
	resolveValues,
	resolveWeights,
	onlyChanges,
	checkValue,
	checkWeight,
	boundsOf,
	ScenarioShape,
	SCENARIO_NAME_MAX,
	WEIGHT_MAX,
	DEFAULT_SCENARIO,
	DEFAULT_PRESET_ID,
	STUDY_ORDER_PRESET_ID,
	SCENARIO_VERSION,
	SCORE_MIN,
	SCORE_MAX,
	ANALYSIS_BOUNDS,
	migrateScenario,
	checkJudgements,
	checkAnalysis,
	resolveJudgements,
	resolveJudgement,
	dataJudgement,
	judgementChangesOnly,
	type Scenario,
	type Judgement,
	type JudgementChanges,
	type AnalysisSettings
} from './scenario';
export { ScenarioError, clip, describeValue, type ErrorCode, type ErrorDetails } from './errors';
export { MODEL_SPECS, SHARED, requiredParameterIds } from './spec';
export { Decimal, allocate, presentValue } from './money';
export type { CompanyCost, PublicCost, EmployerCosts } from './costs';
export type { Retention } from './retention';
export { valueScales, scaleOf, SCALE_DERIVATION, type ValueScale } from './scales';
export { weightStability, type Stability, type StabilityInterval } from './stability';
export { tornado, leaderMargin, type Tornado, type TornadoBar } from './tornado';
export {
	analyse,
	tornadoView,
	type AnalysisResult,
	type TornadoView,
	type TornadoBarView
} from './analysis';
export {
	COUNTY_QUESTION,
	applyCountyAnswer,
	clearCountyAnswer,
	switchCountyAnswer,
	countyAnswer,
	countyAnswerOf,
	type CountyAnswer,
	type CountyAnswerId
} from './county';
export {
	parseSwingAnswers,
	swingWeights,
	swingFromWeights,
	topSwings,
	SwingShape,
	SWING_TOP,
	type SwingAnswers
} from './swing';
export {
	groupSmaa,
	checkMembers,
	memberScenario,
	type GroupMember,
	type GroupOptions,
	type GroupResult,
	type GroupMemberResult,
	type CriterionSpread
} from './group';
export { toBase64Url, fromBase64Url } from './base64url';
export {
	parseInvitation,
	parseAnswer,
	invitationFragment,
	invitationFromFragment,
	answerFragment,
	answerFromFragment,
	answerFileText,
	answerFromFileText,
	answerMember,
	COUNCIL_VERSION,
	INVITATION_PARAM,
	ANSWER_PARAM,
	MEMBER_NAME_MAX,
	type Invitation,
	type Answer
} from './council';
