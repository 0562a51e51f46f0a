// Draws the charts of KpiChart.razor with Chart.js 4. The UMD builds (copied from npm into wwwroot/vendor/
// by the build) set globalThis.Chart; the annotation plugin registers itself with it.
import '../../vendor/chart.umd.min.js';
import '../../vendor/chartjs-plugin-annotation.min.js';

const Chart = globalThis.Chart;

// Figures the way FigureFormat.cs writes them: 29%, 29.2%, 1,213, 7.5 FTE.
const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const fixed1 = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function formatValue(value, unit) {
    if (value === null || value === undefined || Number.isNaN(value)) {
        return 'No figure';
    }
    const text = Number.isInteger(value) ? number.format(value) : fixed1.format(value);
    switch (unit) {
        case 'percent': return `${text}%`;
        case 'fte': return `${text} FTE`;
        case 'days': return `${text} ${value === 1 ? 'day' : 'days'}`;
        case 'rate': return `${text} per 10,000`;
        default: return text;
    }
}

function hatch(colour) {
    const tile = document.createElement('canvas');
    tile.width = tile.height = 8;
    const ctx = tile.getContext('2d');
    ctx.fillStyle = colour;
    ctx.globalAlpha = 0.35;
    ctx.fillRect(0, 0, 8, 8);
    ctx.globalAlpha = 1;
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(-2, 10); ctx.lineTo(10, -2);
    ctx.moveTo(-2, 2); ctx.lineTo(2, -2);
    ctx.moveTo(6, 10); ctx.lineTo(10, 6);
    ctx.stroke();
    return ctx.createPattern(tile, 'repeat');
}

function tooltipLines(context) {
    const dataset = context.dataset;
    const unit = dataset.unit ?? context.chart.$kpiUnit;
    const lines = [`${dataset.label}: ${formatValue(context.parsed.y, unit)}`];
    const detail = dataset.details?.[context.dataIndex];
    if (detail?.status) {
        lines.push(`  ${detail.status}`);
    }
    if (detail && detail.numerator != null && detail.denominator != null) {
        lines.push(`  ${number.format(detail.numerator)} of ${number.format(detail.denominator)}`);
    }
    return lines;
}

function toChartJs(config) {
    const { unit, ...chart } = config;
    for (const dataset of chart.data.datasets) {
        if (dataset.hatched) {
            dataset.backgroundColor = hatch(dataset.borderColor ?? dataset.backgroundColor);
        }
    }
    chart.options.scales.y.ticks = { ...chart.options.scales.y.ticks, callback: value => formatValue(value, unit) };
    chart.options.plugins.tooltip = { callbacks: { label: tooltipLines } };
    chart.options.animation = false;
    // Event labels on the last month would be cut at the chart's edge: leave room and let them draw there.
    chart.options.layout = { padding: { right: 16 } };
    chart.options.plugins.annotation.clip = false;
    chart.options.font = { family: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif' };
    return { chart, unit };
}

// Series checkboxes beside the chart (ChartPanel.razor) do what clicking the legend does, from the keyboard too.
function wireSeriesToggles(canvas, chart) {
    const boxes = [...(canvas.closest('[data-chart-panel]')?.querySelectorAll('input[data-series]') ?? [])];
    const sync = instance => boxes.forEach(box => { box.checked = instance.isDatasetVisible(Number(box.dataset.series)); });
    const legendClick = Chart.defaults.plugins.legend.onClick;
    chart.options.plugins.legend.onClick = function (event, item, legend) {
        legendClick.call(this, event, item, legend);
        sync(legend.chart);
    };
    return instance => {
        sync(instance);
        boxes.forEach(box => {
            box.onchange = () => {
                instance.setDatasetVisibility(Number(box.dataset.series), box.checked);
                instance.update();
            };
        });
    };
}

/** Draws a chart on the canvas, first destroying any chart already there, so none leaks. */
export function render(canvas, json) {
    destroy(canvas);
    const { chart, unit } = toChartJs(JSON.parse(json));
    const wire = wireSeriesToggles(canvas, chart);
    const instance = new Chart(canvas, chart);
    instance.$kpiUnit = unit;
    wire(instance);
    canvas.dataset.renderCount = String(Number(canvas.dataset.renderCount ?? 0) + 1);
    canvas.dataset.rendered = 'true';
}

export function destroy(canvas) {
    Chart.getChart(canvas)?.destroy();
    delete canvas.dataset.rendered;
}

function save(fileName, href) {
    const link = document.createElement('a');
    link.href = href;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
}

/** Saves the chart as a PNG; the canvas is transparent, so it is drawn on white first. */
export function downloadPng(canvas, fileName) {
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(canvas, 0, 0);
    save(fileName, copy.toDataURL('image/png'));
}

export function downloadText(fileName, text, mediaType) {
    const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
    save(fileName, url);
    setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Charts follow the page width when it is printed as well as on screen.
for (const event of ['beforeprint', 'afterprint']) {
    window.addEventListener(event, () => Object.values(Chart.instances).forEach(c => c.resize()));
}
