using System.Collections.Concurrent;
using System.Threading.Channels;

namespace KpiDashboard.Web.Features.Exports.Background;

/// <summary>
/// Runs exports in the background, at most two at a time (these machines have two cores and each export keeps
/// Chromium busy); the rest wait their turn in order. Finished jobs stay findable by id for
/// <see cref="KeepFinished"/>, so a page can offer the file it asked for.
/// </summary>
public sealed class ExportRunner(TimeProvider clock, ILogger<ExportRunner> logger) : BackgroundService
{
    public const int AtOnce = 2;
    public static readonly TimeSpan KeepFinished = TimeSpan.FromMinutes(15);

    private readonly Channel<ExportJob> _waiting = Channel.CreateUnbounded<ExportJob>();
    private readonly SemaphoreSlim _slots = new(AtOnce, AtOnce);
    private readonly ConcurrentDictionary<Guid, (ExportJob Job, DateTimeOffset Queued)> _jobs = new();
    private int _running;
    private int _started;

    /// <summary>How many exports are running now (never more than <see cref="AtOnce"/>).</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>How many exports have started since the app started.</summary>
    public int Started => Volatile.Read(ref _started);

    /// <summary>The most that ever ran at once since the app started.</summary>
    public int MostAtOnce { get; private set; }

    public ExportJob Enqueue(ExportJob job)
    {
        Forget();
        _jobs[job.Id] = (job, clock.GetUtcNow());
        if (!_waiting.Writer.TryWrite(job))
        {
            job.Fail("The app is stopping; exports are not taken now.");
        }

        return job;
    }

    public ExportJob? Find(Guid id) => _jobs.TryGetValue(id, out var entry) ? entry.Job : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _waiting.Reader.ReadAllAsync(stoppingToken))
            {
                await _slots.WaitAsync(stoppingToken);
                _ = Task.Run(() => RunAsync(job, stoppingToken), CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping: what still waits is failed below.
        }

        _waiting.Writer.TryComplete();
        while (_waiting.Reader.TryRead(out var left))
        {
            left.Fail("The app stopped before this export could start; ask for it again.");
        }
    }

    private async Task RunAsync(ExportJob job, CancellationToken stoppingToken)
    {
        Interlocked.Increment(ref _started);
        var running = Interlocked.Increment(ref _running);
        lock (_slots)
        {
            MostAtOnce = Math.Max(MostAtOnce, running);
        }

        try
        {
            job.Report(new ExportProgress(0.02, "Starting"));
            job.Finish(await job.Work(new Progress(job), stoppingToken));
        }
        catch (ExportFailedException ex)
        {
            job.Fail(ex.Message);
        }
        catch (ChromiumUnavailableException ex)
        {
            logger.LogWarning(ex, "Export {Job} ({Description}) failed.", job.Id, job.Description);
            job.Fail(ex.Message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            job.Fail("The app stopped before this export finished; ask for it again.");
        }
#pragma warning disable CA1031 // A failed export must end its job with a sentence, whatever failed; the details go to the log.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Export {Job} ({Description}) failed.", job.Id, job.Description);
            job.Fail($"Making {job.Description} failed; try again, and tell an administrator if it fails again.");
        }
        finally
        {
            Interlocked.Decrement(ref _running);
            _slots.Release();
        }
    }

    private void Forget()
    {
        var before = clock.GetUtcNow() - KeepFinished;
        foreach (var (id, entry) in _jobs)
        {
            if (entry.Queued < before && entry.Job.Completion.IsCompleted)
            {
                _jobs.TryRemove(id, out _);
            }
        }
    }

    public override void Dispose()
    {
        _slots.Dispose();
        base.Dispose();
    }

    private sealed class Progress(ExportJob job) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value) => job.Report(value);
    }
}
