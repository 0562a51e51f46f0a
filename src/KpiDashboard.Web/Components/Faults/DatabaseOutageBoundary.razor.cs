using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace KpiDashboard.Web.Components.Faults;

/// <summary>
/// Wraps every page (in the layout). When the database does not answer, the page is replaced by
/// <see cref="DatabaseOutage.Sentence"/> instead of the failure ending the circuit, and rebuilt, so that it reads its
/// figures again, after <see cref="RetryDelays"/> until the database answers. Any other failure shows a sentence
/// and a reload button. While prerendering nothing is retried: the live page that follows reads again itself.
/// </summary>
public sealed partial class DatabaseOutageBoundary(NavigationManager navigation, ILogger<DatabaseOutageBoundary> logger) : IDisposable
{
    /// <summary>How long a rebuilt page must go without failing before the sentence is taken away.</summary>
    private static readonly TimeSpan QuietAfterRetry = TimeSpan.FromSeconds(3);

    private CancellationTokenSource _retry = new();
    private bool _outage;
    private int _attempt;

    protected override void OnInitialized() => navigation.LocationChanged += OnLocationChanged;

    protected override Task OnErrorAsync(Exception exception)
    {
        CancelRetry();
        _outage = DatabaseOutage.IsOutage(exception);
        if (!_outage)
        {
            logger.LogError(exception, "The page {Address} failed", navigation.Uri);
            return Task.CompletedTask;
        }

        _attempt++;
        var delay = RetryDelays.Before(_attempt);
        logger.LogWarning("The database did not answer for {Address} ({Problem}); try {Attempt} in {Delay} s",
            navigation.Uri, exception.GetBaseException().Message, _attempt + 1, delay.TotalSeconds);
        if (RendererInfo.IsInteractive)
        {
            _ = RetryAsync(delay, _retry.Token);
        }

        return Task.CompletedTask;
    }

    /// <summary>Rebuilds the page after <paramref name="delay"/>; if it then goes a while without failing, it has been read.</summary>
    private async Task RetryAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(delay, cancellationToken);
            await InvokeAsync(() => RunUnlessCancelled(Recover, cancellationToken));
            await Task.Delay(QuietAfterRetry, cancellationToken);
            await InvokeAsync(() => RunUnlessCancelled(() =>
            {
                (_outage, _attempt) = (false, 0);
                StateHasChanged();
            }, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            // A new failure, a navigation or the page closing replaced this retry.
        }
    }

    private static void RunUnlessCancelled(Action action, CancellationToken cancellationToken)
    {
        if (!cancellationToken.IsCancellationRequested)
        {
            action();
        }
    }

    /// <summary>Another page, or other choices in the address: try at once, with the back-off started afresh.</summary>
    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (CurrentException is not null)
        {
            CancelRetry();
            _attempt = 0;
            _ = RetryAsync(TimeSpan.Zero, _retry.Token);
        }
    }

    private void Reload() => navigation.Refresh(forceReload: true);

    private void CancelRetry()
    {
        _retry.Cancel();
        _retry.Dispose();
        _retry = new CancellationTokenSource();
    }

    public void Dispose()
    {
        navigation.LocationChanged -= OnLocationChanged;
        _retry.Cancel();
        _retry.Dispose();
    }
}
