using System.Globalization;
using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests.Rendering;

/// <summary>
/// What a first visit to the overview costs on the wire, against the app as published in Release: every response
/// compressed (pages on the fly, static files from publish's .br files), so the visit stays within its budget.
/// </summary>
public sealed class PageWeightTests(ReleaseApp app) : IClassFixture<ReleaseApp>
{
    /// <summary>The budget for a first visit to the overview (empty cache), the page itself included.</summary>
    public const long FirstVisitBudgetBytes = 200 * 1024;

    [Fact]
    public async Task A_first_visit_to_the_overview_transfers_at_most_200_KB()
    {
        await using var context = await app.NewSignedInContextAsync();
        var page = await context.NewPageAsync();
        var responses = new List<(string Url, long Bytes, long Body, string? Encoding)>();
        long webSocketReceived = 0;
        page.RequestFinished += async (_, request) =>
        {
            var sizes = await request.SizesAsync();
            var response = await request.ResponseAsync();
            var encoding = response is null ? null : await response.HeaderValueAsync("content-encoding");
            lock (responses)
            {
                responses.Add((request.Url, sizes.ResponseHeadersSize + sizes.ResponseBodySize, sizes.ResponseBodySize, encoding));
            }
        };
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            Interlocked.Add(ref webSocketReceived, frame.Binary?.Length ?? frame.Text?.Length ?? 0);

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        List<(string Url, long Bytes, long Body, string? Encoding)> seen;
        lock (responses)
        {
            seen = [.. responses];
        }

        var total = seen.Sum(r => r.Bytes);
        var report = string.Join("\n", seen.OrderByDescending(r => r.Bytes)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Bytes / 1024.0,8:0.0} KB {r.Encoding ?? "identity",-8} {new Uri(r.Url).PathAndQuery}")));
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"First visit to the overview: {total / 1024.0:0.0} KB over HTTP in {seen.Count} responses (budget {FirstVisitBudgetBytes / 1024} KB); the circuit then sent {webSocketReceived / 1024.0:0.0} KB of messages.\n{report}");
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Console.WriteLine(summary);

        Assert.True(total <= FirstVisitBudgetBytes, summary);
        // Small answers (the hub's negotiation, under 1 KB) are not worth compressing.
        var uncompressed = seen.Where(r => r.Encoding is null && r.Body > 1024).Select(r => r.Url).ToList();
        Assert.True(uncompressed.Count == 0, $"Sent uncompressed: {string.Join(", ", uncompressed)}\n{summary}");
    }
}
