// Starts Blazor with the dashboard's reconnection settings and drives the reconnect dialog (ReconnectModal.razor).
// A lost connection is retried, every second at first; if the server still holds the circuit (for 3 minutes, see
// CircuitLimits) the page carries on where it was. If the server no longer knows the circuit (a restart, another
// instance) the same address is loaded again, with the area, month and range it carries. If the server cannot be
// reached, the dialog keeps trying, and tries at once when the tab is shown again or the network comes back.
const dialog = document.getElementById("components-reconnect-modal");
const keepTryingEveryMs = 5000;
let keepTrying = null;

Blazor.start({
    circuit: {
        reconnectionOptions: {
            // About 3 minutes in all, as long as the server keeps a disconnected circuit.
            maxRetries: 40,
            retryIntervalMilliseconds: previousAttempts => previousAttempts < 5 ? 1000 : 5000,
        },
    },
});

dialog.addEventListener("components-reconnect-state-changed", event => {
    switch (event.detail.state) {
        case "show":
            if (!dialog.open) {
                dialog.showModal();
            }
            break;
        case "hide":
            stopTrying();
            dialog.close();
            break;
        case "failed":
            startTrying();
            break;
        case "rejected":
            location.reload();
            break;
    }
});

document.getElementById("reconnect-now").addEventListener("click", tryNow);

function startTrying() {
    if (keepTrying === null) {
        keepTrying = setInterval(tryNow, keepTryingEveryMs);
        document.addEventListener("visibilitychange", tryWhenVisible);
        window.addEventListener("online", tryNow);
    }
}

function stopTrying() {
    if (keepTrying !== null) {
        clearInterval(keepTrying);
        keepTrying = null;
        document.removeEventListener("visibilitychange", tryWhenVisible);
        window.removeEventListener("online", tryNow);
    }
}

function tryWhenVisible() {
    if (document.visibilityState === "visible") {
        tryNow();
    }
}

async function tryNow() {
    try {
        // True: the same circuit carries on. False: the server answered but no longer holds the circuit.
        if (await Blazor.reconnect()) {
            stopTrying();
            dialog.close();
        } else {
            location.reload();
        }
    } catch {
        // The server cannot be reached yet; the next try follows.
    }
}
