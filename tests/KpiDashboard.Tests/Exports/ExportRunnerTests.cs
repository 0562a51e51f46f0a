using KpiDashboard.Web.Features.Exports.Background;
using Microsoft.Extensions.Logging.Abstractions;

namespace KpiDashboard.Tests.Exports;

public sealed class ExportRunnerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task At_most_two_exports_run_at_once_and_every_one_finishes()
    {
        using var runner = new ExportRunner(TimeProvider.System, NullLogger<ExportRunner>.Instance);
        await runner.StartAsync(Ct);
        var inside = 0;
        var most = 0;
        var jobs = Enumerable.Range(0, 6).Select(i => runner.Enqueue(new ExportJob($"file {i}", "ann", async (progress, ct) =>
        {
            var now = Interlocked.Increment(ref inside);
            lock (JobsLock)
            {
                most = Math.Max(most, now);
            }

            progress.Report(new ExportProgress(0.5, "Halfway"));
            await Task.Delay(100, ct);
            Interlocked.Decrement(ref inside);
            return new ExportedFile([(byte)i], "application/octet-stream", $"{i}.bin");
        }))).ToList();

        var files = await Task.WhenAll(jobs.Select(j => j.Completion));
        await runner.StopAsync(Ct);

        Assert.Equal(2, most);
        Assert.Equal(2, runner.MostAtOnce);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"{i}.bin"), files.Select(f => f.FileName));
        Assert.All(jobs, j => Assert.Equal(new ExportProgress(1, "Ready"), j.Progress));
    }

    [Fact]
    public async Task A_failed_export_ends_with_a_sentence_and_the_next_still_runs()
    {
        using var runner = new ExportRunner(TimeProvider.System, NullLogger<ExportRunner>.Instance);
        await runner.StartAsync(Ct);

        var failed = runner.Enqueue(new ExportJob("the PDF of pack 1", "ann", (_, _) => throw new InvalidOperationException("boom")));
        var next = runner.Enqueue(new ExportJob("the PDF of pack 2", "ann", (_, _) => Task.FromResult(new ExportedFile([1], "application/pdf", "2.pdf"))));

        var problem = await Assert.ThrowsAsync<ExportFailedException>(() => failed.Completion);
        Assert.Equal("Making the PDF of pack 1 failed; try again, and tell an administrator if it fails again.", problem.Message);
        Assert.Equal("2.pdf", (await next.Completion).FileName);
        Assert.Same(failed, runner.Find(failed.Id));
        await runner.StopAsync(Ct);
    }

    private static readonly Lock JobsLock = new();
}
