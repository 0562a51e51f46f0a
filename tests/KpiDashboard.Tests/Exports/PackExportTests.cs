using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Exports.Packs;
using KpiDashboard.Web.Features.Packs;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace KpiDashboard.Tests.Exports;

/// <summary>The seeded packs' PDF and PowerPoint files through the read API, read back with PdfPig, the Open XML SDK and LibreOffice.</summary>
public sealed class PackExportTests(PostgresServer server) : ApiTest(server)
{
    // Appointments over the six months to June 2020 and vacancies, by quadrant, as the minutes record them.
    private static readonly string[] WorkforceFigures = ["22", "9", "30", "15", "7", "12", "10", "18"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<PackContent> PackAsync(PackStatus status)
    {
        var packs = Services.GetRequiredService<PackService>();
        var summary = (await packs.ListAsync(includeDrafts: true, Ct)).First(p => p.Status == status);
        return (await packs.GetContentAsync(summary.Id, Ct))!;
    }

    private static async Task<byte[]> GetFileAsync(HttpClient client, string url, string mediaType)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync(Ct);
    }

    [Fact]
    public async Task The_pdf_has_a_tagged_page_per_slide_with_the_pack_on_every_page_an_outline_and_charts_with_alt_text()
    {
        var pack = await PackAsync(PackStatus.Published);

        var bytes = await GetFileAsync(Client, $"/api/v1/packs/{pack.Id}/pdf", "application/pdf");

        ExportFiles.Save("pack-published.pdf", bytes);
        using var pdf = PdfDocument.Open(bytes);
        Assert.Equal(pack.Slides.Count, pdf.NumberOfPages);
        foreach (var (page, slide) in pdf.GetPages().Zip(pack.Slides))
        {
            var text = Flat(page.Text);
            Assert.Contains(Flat(pack.Title), text, StringComparison.Ordinal);
            Assert.Contains(Flat("meeting 30 Jun 2020"), text, StringComparison.Ordinal);
            Assert.Contains(Flat("figures to Jun 2020, as at"), text, StringComparison.Ordinal);
            Assert.True(text.Contains(Flat(slide.Title), StringComparison.Ordinal), $"Page {page.Number} lacks the title {slide.Title}: {text}");
            Assert.Contains(Flat($"Page {page.Number} of {pack.Slides.Count}"), text, StringComparison.Ordinal);
        }

        var audits = pdf.GetPage(1 + pack.Slides.ToList().FindIndex(s => s is { MetricCode: "audits-inadequate-pct", View: PackChartView.Trend }));
        Assert.Contains("29.2%", audits.Text, StringComparison.Ordinal);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        // Flat: Chromium's outline drops the space where a heading wraps onto a second line.
        Assert.Equal(pack.Slides.Select(s => Flat(s.Title)), bookmarks.GetNodes().Where(n => n.Level == 0).Select(n => Flat(n.Title)));
        Assert.True(PdfStructure.IsTagged(pdf));
        Assert.Equal(pack.Slides.Where(s => s.Chart is not null).Select(s => s.SummarySentence), PdfStructure.FigureAltTexts(pdf));
        Assert.Equal(pack.Slides.Count(s => s.Table is not null), PdfStructure.Count(pdf, "Table"));
    }

    [Fact]
    public async Task No_table_of_the_pdf_is_cut_off_at_the_page_edge()
    {
        var pack = await PackAsync(PackStatus.Published);

        var bytes = await GetFileAsync(Client, $"/api/v1/packs/{pack.Id}/pdf", "application/pdf");

        using var pdf = PdfDocument.Open(bytes);
        // The page's right margin is 12 mm (PackExport.PdfOptions): no letter may start or end past it, where Chromium clips.
        const double rightMargin = 12 / 25.4 * 72;
        foreach (var (page, slide) in pdf.GetPages().Zip(pack.Slides))
        {
            var past = page.Letters.Where(l => l.BoundingBox.Right > page.Width - rightMargin + 0.5).Select(l => l.Value);
            Assert.True(!past.Any(), $"Page {page.Number} ({slide.Title}) has text past its right margin: {string.Concat(past)}");
            if (slide.Table is { } table)
            {
                var text = Flat(page.Text);
                var missing = table.Columns.Append(table.RowHeading).Concat(table.Rows.SelectMany(r => r.Cells.Prepend(r.Heading)))
                    .Where(t => !text.Contains(Flat(t), StringComparison.Ordinal) && !WrappedOn(page, t)).Distinct().ToList();
                Assert.True(missing.Count == 0, $"Page {page.Number} ({slide.Title}) lacks its table's {string.Join(" | ", missing)}");
            }
        }
    }

    // A heading wrapped over two lines ("Inadequate" over "(%)") is in the page's text as words of other lines between.
    private static bool WrappedOn(UglyToad.PdfPig.Content.Page page, string heading)
    {
        var words = page.GetWords().Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        return heading.Split(' ').All(words.Contains);
    }

    [Fact]
    public async Task The_pptx_passes_the_validator_and_holds_titles_pictures_with_alt_text_and_notes_with_figures()
    {
        var pack = await PackAsync(PackStatus.Published);

        var bytes = await GetFileAsync(Client, $"/api/v1/packs/{pack.Id}/pptx", PackExportFormat.Pptx.ContentType);

        ExportFiles.Save("pack-published.pptx", bytes);
        using var document = PresentationDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(PptxChecks.ValidationErrors(document));
        var slides = PptxChecks.Slides(document);
        Assert.Equal(pack.Slides.Select(s => s.Title), slides.Select(PptxChecks.Title));
        foreach (var (part, slide) in slides.Zip(pack.Slides))
        {
            Assert.Equal(slide.Chart is null ? [] : [slide.SummarySentence], PptxChecks.PictureAltTexts(part));
            if (slide.Kind != PackSlideKind.Text)
            {
                Assert.Contains(slide.SummarySentence, PptxChecks.Text(part), StringComparison.Ordinal);
            }

            var notes = PptxChecks.Notes(part);
            if (slide.SpeakerNotes is { Length: > 0 } speakerNotes)
            {
                Assert.Contains(speakerNotes.ReplaceLineEndings("\n"), notes, StringComparison.Ordinal);
            }

            foreach (var row in slide.Table?.Rows ?? [])
            {
                Assert.Contains(string.Join('\t', [row.Heading, .. row.Cells]), notes, StringComparison.Ordinal);
            }
        }

        var workforce = slides[pack.Slides.ToList().FindIndex(s => s.View == PackChartView.Workforce)];
        Assert.All(WorkforceFigures, figure => Assert.Contains(figure, PptxChecks.Notes(workforce), StringComparison.Ordinal));
    }

    [Fact]
    public async Task LibreOffice_opens_the_pptx_with_a_page_per_slide()
    {
        var pack = await PackAsync(PackStatus.Published);
        var path = ExportFiles.Save("pack-published-libreoffice.pptx", await GetFileAsync(Client, $"/api/v1/packs/{pack.Id}/pptx", PackExportFormat.Pptx.ContentType));

        var (pdf, output) = await LibreOffice.ConvertToPdfAsync(path, Ct);

        Assert.True(pdf is not null, output);
        using var converted = PdfDocument.Open(pdf);
        Assert.Equal(pack.Slides.Count, converted.NumberOfPages);
    }

    [Fact]
    public async Task A_published_packs_files_are_made_once_and_kept_while_a_drafts_are_made_each_time()
    {
        var published = await PackAsync(PackStatus.Published);
        var draft = await PackAsync(PackStatus.Draft);
        var store = Services.GetRequiredService<PackFileStore>();

        var first = await GetFileAsync(Client, $"/api/v1/packs/{published.Id}/pdf", "application/pdf");
        var made = await store.MadeAtAsync(published.Id, Ct);
        var second = await GetFileAsync(Client, $"/api/v1/packs/{published.Id}/pdf", "application/pdf");
        await GetFileAsync(Client, $"/api/v1/packs/{draft.Id}/pdf", "application/pdf");

        Assert.Equal(first, second);
        Assert.Equal(made, await store.MadeAtAsync(published.Id, Ct));
        Assert.Equal(["pdf"], made.Keys);
        Assert.Empty(await store.MadeAtAsync(draft.Id, Ct));
    }

    [Fact]
    public async Task Files_are_named_for_the_pack_and_its_meeting()
    {
        var draft = await PackAsync(PackStatus.Draft);

        using var response = await Client.GetAsync(new Uri($"/api/v1/packs/{draft.Id}/pptx", UriKind.Relative), Ct);

        Assert.Equal($"pack-{draft.Id}-committee-2020-09-21-draft.pptx", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Viewers_get_published_packs_and_drafts_are_not_found_for_them()
    {
        using var viewer = await ClientWithKeyAsync(TestUsers.For("Viewer"));
        var published = await PackAsync(PackStatus.Published);
        var draft = await PackAsync(PackStatus.Draft);

        await GetFileAsync(viewer, $"/api/v1/packs/{published.Id}/pptx", PackExportFormat.Pptx.ContentType);
        var (status, detail) = await ProblemAsync(viewer, $"/api/v1/packs/{draft.Id}/pdf");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal($"There is no published pack with the id {draft.Id}. GET /api/v1/packs lists them.", detail);
    }

    [Theory]
    [InlineData("/api/v1/packs/9999/pdf", HttpStatusCode.NotFound, "There is no published pack with the id 9999. GET /api/v1/packs lists them.")]
    [InlineData("/api/v1/packs/abc/pptx", HttpStatusCode.BadRequest, "A pack id is a whole number, such as 1; 'abc' is not. GET /api/v1/packs lists them.")]
    public async Task Unknown_and_malformed_ids_are_answered_with_problem_json(string url, HttpStatusCode expected, string sentence)
    {
        var (status, detail) = await ProblemAsync(Client, url);

        Assert.Equal((expected, sentence), (status, detail));
    }

    [Fact]
    public async Task Nobody_without_a_key_or_a_sign_in_gets_a_pack_file()
    {
        var published = await PackAsync(PackStatus.Published);

        using var response = await AnonymousClient().GetAsync(new Uri($"/api/v1/packs/{published.Id}/pdf", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<(HttpStatusCode, string)> ProblemAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), Ct);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (response.StatusCode, body.GetProperty("detail").GetString()!);
    }

    // PdfPig joins the words of a line without spaces where the PDF places them apart.
    private static string Flat(string text) => text.Replace(" ", "", StringComparison.Ordinal);
}
