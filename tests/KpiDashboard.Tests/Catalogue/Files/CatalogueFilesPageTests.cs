using System.IO.Compression;
using Bunit;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue.Files;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Catalogue.Files;

/// <summary>The catalogue files page over the real importer and a real database: preview, problems, apply.</summary>
public sealed class CatalogueFilesPageTests(PostgresServer server) : BunitContext, IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private TestApp? _app;

    public async ValueTask InitializeAsync()
    {
        Services.AddMudServices();
        this.SignInAs(TestUsers.For(Roles.Admin), Roles.Admin);
        JSInterop.Mode = JSRuntimeMode.Loose;
        _app = TestApp.Build(await server.CreateCatalogueDatabaseAsync());
        await _app.ConnectAsync();
        Services.AddSingleton(_app.Get<CatalogueImporter>());
        Services.AddSingleton(_app.Get<IOptions<Web.Features.Import.ImportLimits>>());
    }

    private static string SeedTargets => File.ReadAllText(Path.Combine(RepoPaths.SeedData, CatalogueFile.Targets));

    [Fact]
    public async Task A_changed_target_is_previewed_as_old_to_new_and_applied_only_when_asked()
    {
        var cut = Render<CatalogueFilesPage>();
        var changed = SeedTargets.Replace("vacancies-fte,SCC,2020-04,40,40,60", "vacancies-fte,SCC,2020-04,35,35,60", StringComparison.Ordinal);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(changed, CatalogueFile.Targets));

        cut.WaitForElement("[data-testid=catalogue-apply]", Wait);
        Assert.Equal("No problems. Applying would make 1 change; nothing has changed yet: check them, then apply or cancel.", cut.Find("[data-testid=catalogue-outcome]").TextContent.Trim());
        var change = cut.Find("[data-testid=catalogue-changes] tbody tr");
        Assert.Equal(["targets.csv", "20", "vacancies-fte, SCC, 2020-04", "target: 40 → 35green: 40 → 35"], change.Children.Select(c => c.TextContent.Trim()));
        var targets = cut.FindAll("[data-testid=catalogue-summary] tbody tr").Single(r => r.Children[0].TextContent == CatalogueFile.Targets);
        Assert.Equal(["0", "1", "20", "0"], targets.Children.Skip(1).Select(c => c.TextContent));
        Assert.Equal(40m, await VacancyTargetAsync());

        cut.Find("[data-testid=catalogue-apply]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Imported: 1 change made, and recorded in the audit log.", cut.Find("[data-testid=catalogue-outcome]").TextContent.Trim()), Wait);
        Assert.Equal(35m, await VacancyTargetAsync());
    }

    [Fact]
    public void A_zip_with_a_problem_lists_it_by_file_row_and_column_and_offers_no_apply()
    {
        var cut = Render<CatalogueFilesPage>();
        var zip = Zip((CatalogueFile.Targets, SeedTargets.Replace("uasc,SCC,2018-04,186,170,186", "uasc,SCC,2018-4,186,170,186", StringComparison.Ordinal)));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(zip, "catalogue.zip", contentType: "application/zip"));

        cut.WaitForElement("[data-testid=catalogue-problems]", Wait);
        Assert.Equal(["targets.csv, row 17, column effective_from: found '2018-4', expected a month as YYYY-MM."], cut.FindAll("[data-testid=catalogue-problems] li").Select(li => li.TextContent));
        Assert.StartsWith("1 problem found; nothing was imported.", cut.Find("[data-testid=catalogue-outcome]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=catalogue-apply]"));
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_named_and_nothing_is_read()
    {
        var cut = Render<CatalogueFilesPage>();

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("not a zip", "catalogue.zip"));

        cut.WaitForElement("[data-testid=catalogue-problems]", Wait);
        Assert.Equal(["catalogue.zip: this is not a zip file that can be opened; upload the CSV files, or a zip of them."],
            cut.FindAll("[data-testid=catalogue-problems] li").Select(li => li.TextContent));
    }

    private async Task<decimal> VacancyTargetAsync()
    {
        await using var db = await _app!.Get<IDbContextFactory<KpiDbContext>>().CreateDbContextAsync(Xunit.TestContext.Current.CancellationToken);
        return await db.MetricTargets.Where(t => t.EffectiveFrom == new DateOnly(2020, 4, 1) && db.Metrics.Any(m => m.Id == t.MetricId && m.Code == "vacancies-fte"))
            .Select(t => t.Target!.Value).SingleAsync(Xunit.TestContext.Current.CancellationToken);
    }

    internal static byte[] Zip(params (string Name, string Text)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var entry = new StreamWriter(zip.CreateEntry(name).Open());
                entry.Write(text);
            }
        }

        return buffer.ToArray();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
