using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests.Rendering;

/// <summary>
/// A page is prerendered and then rendered again once its circuit starts; the second render must take what the first
/// read (persistent component state) rather than query again. A plain request runs the page's queries once, so a
/// browser view, prerender and interactive render together, must run no more than that.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class QueriesPerViewTests(AppServer app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?area=NE")]
    [InlineData("/kpi/open-cases")]
    [InlineData("/data-quality")]
    [InlineData("/imports")]
    public async Task A_browser_view_queries_the_database_no_more_than_a_plain_request(string path)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = await app.CreateSignedInClientAsync();
        await using var context = await app.NewBrowserContextAsync();

        IReadOnlyList<string> plain;
        using (var statements = new SqlStatements(app.DatabaseName))
        {
            await client.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);
            plain = statements.Sent;
        }

        IReadOnlyList<string> viewed;
        using (var statements = new SqlStatements(app.DatabaseName))
        {
            var page = await context.OpenInteractiveAsync(path);
            // A page that queries again shows its progress bar until the figures arrive: wait until none shows.
            await Assertions.Expect(page.Locator("[aria-label^='Loading']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.PageHeading()).ToBeVisibleAsync();
            viewed = statements.Sent;
        }

        Assert.NotEmpty(plain);
        Assert.True(viewed.Count <= plain.Count,
            $"A plain request for {path} ran {plain.Count} statements, a browser view {viewed.Count}:\n{string.Join("\n---\n", viewed.Select(Shorten))}");
    }

    private static string Shorten(string sql) => sql.Length > 200 ? sql[..200] + "..." : sql;
}
