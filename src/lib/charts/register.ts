/**
 * Chart.js with only the parts the page's charts use registered (tree-shaken): bar charts
 * (vertical, horizontal, stacked and floating), lines with point markers, category and linear
 * scales, legend and tooltip. Nothing else is bundled.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	LineController,
	LineElement,
	PointElement,
	CategoryScale,
	LinearScale,
	Legend,
	Tooltip
);

export { Chart };
