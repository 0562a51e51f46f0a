using System.Net;
using System.Net.Sockets;
using System.Text;
using KpiDashboard.BrowserTests.Infrastructure;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Access;

namespace KpiDashboard.BrowserTests.Access;

/// <summary>
/// Another site's page, opened by a signed-in analyst, posts a CSV to the import API with the analyst's cookies
/// (as the outside tester's page did): the figure stays as it was.
/// </summary>
[Collection(RunningApp.Name)]
public sealed class CrossSiteImportTests(AppServer app)
{
    [Fact]
    public async Task A_page_on_another_origin_cannot_import_with_a_signed_in_analysts_cookie()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var target = await app.StartPrivateAppAsync();
        var june = new DateOnly(2020, 6, 1);
        var before = (await target.Figures.SeriesAsync("referrals", "NE", june, june, cancellationToken)).Single().Value;
        using var attacker = new AttackerSite(target.BaseAddress, "period,area,metric,value\\n2020-06,NE,referrals,999\\n");
        await using var context = await app.NewBrowserContextAsync(target.BaseAddress, TestUsers.For(Roles.Analyst));
        var page = await context.NewPageAsync();

        await page.GotoAsync(attacker.Address.ToString());
        await Microsoft.Playwright.Assertions.Expect(page).ToHaveTitleAsync("sent");

        var after = (await target.Figures.SeriesAsync("referrals", "NE", june, june, cancellationToken)).Single().Value;
        Assert.Equal(before, after);
        Assert.NotEqual(999m, after);
    }

    /// <summary>A page on another port of the loopback address: another origin, whose script posts the file with credentials.</summary>
    private sealed class AttackerSite : IDisposable
    {
        private readonly HttpListener _listener = new();

        public AttackerSite(Uri app, string csv)
        {
            var port = FreePort();
            Address = new Uri($"http://localhost:{port}/");
            _listener.Prefixes.Add(Address.ToString());
            _listener.Start();
            var html = $$"""
                <!DOCTYPE html><html><head><title>cute cats</title></head><body><script>
                const form = new FormData();
                form.append('file', new Blob(["{{csv}}"], { type: 'text/csv' }), 'june.csv');
                fetch('{{new Uri(app, "/api/v1/imports")}}', { method: 'POST', body: form, credentials: 'include', mode: 'no-cors' })
                    .finally(() => { document.title = 'sent'; });
                </script></body></html>
                """;
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    var request = await _listener.GetContextAsync();
                    var body = Encoding.UTF8.GetBytes(html);
                    request.Response.ContentType = "text/html; charset=utf-8";
                    await request.Response.OutputStream.WriteAsync(body);
                    request.Response.Close();
                }
            });
        }

        public Uri Address { get; }

        public void Dispose() => _listener.Close();

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
