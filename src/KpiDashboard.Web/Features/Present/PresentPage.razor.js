// Presentation mode (PresentPage.razor): every slide is already in the page, so navigation, blanking, full screen and
// chart drawing all run here, in the browser, with no connection to the server. Keys are the ones presentation
// clickers and reveal.js send. The current slide is kept in the address (#3), so a reload returns to it.
import { render } from '../../Components/Charts/KpiChart.razor.js';

const deck = document.querySelector('[data-present]');
const slides = [...deck.querySelectorAll('[data-slide]')];
const slidesMain = deck.querySelector('[data-present-slides]');
const counter = deck.querySelector('.present-counter');
const announcer = deck.querySelector('.present-announcer');
const blank = deck.querySelector('[data-present-blank]');
const fullscreenButton = deck.querySelector('[data-present-fullscreen]');

const next = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N'];
const previous = ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'];
const blankKeys = ['b', 'B', '.'];
const fullscreenKeys = ['f', 'F'];

let current = 0;

function clamp(index) {
    return Math.min(Math.max(index, 0), slides.length - 1);
}

function slideInAddress() {
    const number = Number.parseInt(location.hash.slice(1), 10);
    return Number.isInteger(number) ? clamp(number - 1) : 0;
}

function announce(sentence) {
    // Set after a tick so that the same sentence twice is still read out.
    announcer.textContent = '';
    setTimeout(() => { announcer.textContent = sentence; }, 50);
}

function slideSentence() {
    return `Slide ${current + 1} of ${slides.length}: ${slides[current].dataset.title}`;
}

// The charts' type is sized for a projector (28 px at 1920 wide). On a phone-sized screen, where a presenter only
// previews, it is halved so that the chart still has room to draw.
const narrow = window.matchMedia('(max-width: 959px)');
const narrowScale = 0.5;

function sizedForScreen(json) {
    if (!narrow.matches) {
        return json;
    }
    return JSON.stringify(JSON.parse(json), (key, value) =>
        key === 'font' && typeof value?.size === 'number' ? { ...value, size: Math.round(value.size * narrowScale) } : value);
}

/** Draws a slide's chart the first time it is shown, when its canvas has a size. */
function draw(slide, again = false) {
    const canvas = slide.querySelector('canvas');
    const config = slide.querySelector('script[data-chart-config]');
    if (canvas && config && (again || canvas.dataset.rendered !== 'true')) {
        render(canvas, sizedForScreen(config.textContent));
    }
}

function show(index) {
    current = clamp(index);
    slides.forEach((slide, i) => { slide.hidden = i !== current; });
    counter.textContent = `${current + 1} / ${slides.length}`;
    deck.dataset.current = String(current + 1);
    // The whole address: a bare '#3' would resolve against <base href="/"> and land a reload on the overview.
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${current + 1}`);
    draw(slides[current]);
}

function go(index) {
    setBlank(false, false);
    const before = current;
    show(index);
    if (current !== before) {
        announce(slideSentence());
    }
}

function setBlank(blanked, speak = true) {
    if (blank.hidden === !blanked) {
        return;
    }
    blank.hidden = !blanked;
    deck.dataset.blanked = String(blanked);
    if (speak) {
        announce(blanked ? 'Screen blanked. Press B to show the slide again.' : slideSentence());
    }
}

function toggleFullscreen() {
    if (document.fullscreenElement) {
        document.exitFullscreen();
        return;
    }
    // Browsers grant full screen only from a key or click handler, as this is; the marker says it was asked for.
    deck.dataset.fullscreenRequested = 'true';
    document.documentElement.requestFullscreen({ navigationUI: 'hide' })
        .catch(() => announce('The browser did not allow full screen; press F11 for it.'));
}

function leave() {
    if (document.fullscreenElement) {
        document.exitFullscreen();
    } else {
        location.assign(deck.dataset.back);
    }
}

function isTyping(target) {
    return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function onKey(event) {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) {
        return;
    }
    // Space and Enter press a focused button or link, as everywhere else.
    if ((event.key === ' ' || event.key === 'Enter') && event.target instanceof HTMLElement && event.target.closest('button, a')) {
        return;
    }

    const key = event.key;
    if (key === ' ' && event.shiftKey) {
        go(current - 1);
    } else if (next.includes(key)) {
        go(current + 1);
    } else if (previous.includes(key)) {
        go(current - 1);
    } else if (key === 'Home') {
        go(0);
    } else if (key === 'End') {
        go(slides.length - 1);
    } else if (blankKeys.includes(key)) {
        setBlank(blank.hidden);
    } else if (fullscreenKeys.includes(key)) {
        toggleFullscreen();
    } else if (key === 'Escape') {
        leave();
    } else {
        return;
    }
    event.preventDefault();
}

document.addEventListener('keydown', onKey);
document.addEventListener('fullscreenchange', () => {
    deck.dataset.fullscreen = String(document.fullscreenElement !== null);
});
window.addEventListener('hashchange', () => go(slideInAddress()));
// Dragged from a laptop's screen to the projector, or the other way: draw the charts again at the other size.
narrow.addEventListener('change', () => slides.forEach(slide => {
    if (slide.querySelector('canvas[data-rendered=true]')) {
        draw(slide, true);
    }
}));

// A swipe on a touch screen moves like the arrow keys.
let swipeStart = null;
slidesMain.addEventListener('pointerdown', event => {
    swipeStart = event.pointerType === 'touch' ? { x: event.clientX, y: event.clientY } : null;
});
slidesMain.addEventListener('pointerup', event => {
    if (swipeStart === null) {
        return;
    }
    const dx = event.clientX - swipeStart.x;
    swipeStart = null;
    if (Math.abs(dx) > 60) {
        go(current + (dx < 0 ? 1 : -1));
    }
});
fullscreenButton.addEventListener('click', () => {
    toggleFullscreen();
    // Back on the slides, so that the next Space moves on rather than pressing the button again.
    slidesMain.focus();
});

show(slideInAddress());
announce(slideSentence());
slidesMain.focus();
deck.dataset.ready = 'true';
