using System.Net;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Features.Exports.Background;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace KpiDashboard.Tests.Exports;

/// <summary>The detail page's PDF and PNG, made by the app's Chromium from the app's own components and Chart.js.</summary>
public sealed class MeasureExportTests(PostgresServer server) : ApiTest(server)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> SignedInAsync() => await AnonymousClient().SignInAsync(TestUsers.For("Viewer"));

    [Fact]
    public async Task The_pdf_of_a_measure_holds_its_charts_summaries_and_tables_as_tagged_text()
    {
        using var client = await SignedInAsync();

        using var response = await client.GetAsync(new Uri("/kpi/audits-inadequate-pct/pdf?area=NE&month=2020-06", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("audits-inadequate-pct-NE-2020-06.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        ExportFiles.Save("measure-audits-inadequate-NE-2020-06.pdf", bytes);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("North East", text, StringComparison.Ordinal);
        Assert.Contains("29.2%", text, StringComparison.Ordinal);
        Assert.Contains("Jun 2020", text, StringComparison.Ordinal);
        Assert.True(PdfStructure.IsTagged(pdf));
        Assert.NotEmpty(PdfStructure.FigureAltTexts(pdf));
    }

    [Fact]
    public async Task The_png_of_a_measure_is_its_first_chart_as_drawn_by_chart_js()
    {
        using var client = await SignedInAsync();

        using var response = await client.GetAsync(new Uri("/kpi/audits-inadequate-pct/png?area=NE&month=2020-06&view=spc", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        ExportFiles.Save("measure-audits-inadequate-NE-2020-06-spc.png", bytes);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(KpiDashboard.Web.Features.Exports.PowerPoint.PngHeader.Size(bytes).Width >= 1200, "The chart is drawn at twice the page's pixel density.");
    }

    [Fact]
    public async Task The_same_page_asked_for_again_is_the_same_file_without_printing_it_again()
    {
        using var client = await SignedInAsync();
        var url = new Uri("/kpi/missing-episodes/pdf?area=SCC&month=2020-06&range=12", UriKind.Relative);

        var runner = Services.GetRequiredService<ExportRunner>();

        var first = await client.GetByteArrayAsync(url, Ct);
        var started = runner.Started;
        var second = await client.GetByteArrayAsync(url, Ct);

        Assert.Equal(first, second);
        Assert.Equal(started, runner.Started);
    }

    [Theory]
    [InlineData("/kpi/audits-inadequate-pct/pdf?month=June", HttpStatusCode.BadRequest, "must be written YYYY-MM")]
    [InlineData("/kpi/audits-inadequate-pct/png?range=5", HttpStatusCode.BadRequest, "The range must be one of")]
    [InlineData("/kpi/audits-inadequate-pct/png?view=pie", HttpStatusCode.BadRequest, "The view must be trend or spc")]
    [InlineData("/kpi/no-such-measure/pdf", HttpStatusCode.NotFound, "There is no measure with the code 'no-such-measure'")]
    [InlineData("/kpi/audits-inadequate-pct/pdf?area=XX", HttpStatusCode.NotFound, "There is no area with the code 'XX'")]
    public async Task Bad_values_are_refused_with_a_sentence(string url, HttpStatusCode status, string sentence)
    {
        using var client = await SignedInAsync();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(sentence, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_signed_out_gets_a_figure()
    {
        using var response = await AnonymousClient().GetAsync(new Uri("/kpi/audits-inadequate-pct/pdf", UriKind.Relative), Ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
    }
}
