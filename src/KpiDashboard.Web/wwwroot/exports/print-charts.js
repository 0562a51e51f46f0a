// Draws every chart of a printed page with the app's own chart module (the same Chart.js and options as the screen),
// then replaces each canvas by a PNG image of itself carrying the chart's text alternative, so a tagged PDF holds an
// image with alt text (a canvas has none) and PowerPoint gets the same picture. Sets data-charts-ready on <html>:
// "true" when done, or a sentence saying what failed.
import { render, destroy } from '../Components/Charts/KpiChart.razor.js';

function frame() {
    return new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

async function toImage(canvas) {
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(canvas, 0, 0);
    const image = new Image();
    image.src = copy.toDataURL('image/png');
    image.alt = canvas.getAttribute('aria-label') ?? '';
    image.className = 'chart-image';
    image.dataset.chartImage = '';
    await image.decode();
    destroy(canvas);
    canvas.replaceWith(image);
}

async function drawAll() {
    await document.fonts.ready;
    const canvases = [...document.querySelectorAll('canvas[data-config]')];
    for (const canvas of canvases) {
        render(canvas, canvas.dataset.config);
    }
    await frame();
    for (const canvas of canvases) {
        await toImage(canvas);
    }
}

drawAll().then(
    () => { document.documentElement.dataset.chartsReady = 'true'; },
    error => { document.documentElement.dataset.chartsReady = String(error?.message ?? error); });
