using Bunit;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Packs;
using MudBlazor.Services;

namespace KpiDashboard.Tests.Packs;

/// <summary>One slide drawn by <see cref="PackSlideView"/> in each look.</summary>
public sealed class PackSlideViewTests : BunitContext
{
    private static readonly DateOnly June = new(2020, 6, 1);

    public PackSlideViewTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        var chart = JSInterop.SetupModule("./Components/Charts/KpiChart.razor.js");
        chart.SetupVoid("render", _ => true).SetVoidResult();
    }

    private static PackSlideContent Slide(bool revised) => new(7, 2, PackSlideKind.MeasureChart, "Case audits graded inadequate (%): North East", "It fell.")
    {
        ChartKind = "trend",
        Chart = new ChartConfig("line", new ChartData(["Jun 2020"], [new ChartDataset("North East", [29.2m])]),
            new ChartOptions(new ChartScales(new ChartAxis(), new ChartAxis()), new ChartPlugins(new ChartLegend(true, new LegendLabels(false)), AnnotationOptions.None)), MetricUnit.Percent),
        Table = new PackTable("Figures", "Month", ["Figure"], [new PackTableRow("Jun 2020", ["29.2%"])]),
        Figures = [new PackFigure("audits-inadequate-pct", "Case audits graded inadequate (%)", "NE", "North East", June, 29.2m, "29.2%", ObservationStatus.Actual, MetricUnit.Percent)
        {
            Revised = revised ? new PackFigureRevision(31m, "31%", ObservationStatus.Actual, new DateTimeOffset(2020, 10, 3, 10, 0, 0, TimeSpan.Zero)) : null,
        }],
        Commentary = [new PackCommentary("Case audits graded inadequate (%)", "North East", June, "Seven of 24.", "jo@council.example", new DateTimeOffset(2020, 7, 2, 9, 0, 0, TimeSpan.Zero))],
        SpeakerNotes = "Mention the new assistant director.",
    };

    [Fact]
    public void A_revised_figure_is_named_old_to_new_with_the_date_it_was_restated()
    {
        var cut = Render<PackSlideView>(p => p.Add(v => v.Slide, Slide(revised: true)));

        Assert.Equal("Figures on this slide have been revised since the pack was published: Case audits graded inadequate (%), North East, Jun 2020: 29.2% → 31% (restated 3 Oct 2020).",
            cut.Find("[data-testid=revision-notice]").TextContent);
        Assert.Empty(Render<PackSlideView>(p => p.Add(v => v.Slide, Slide(revised: false))).FindAll("[data-testid=revision-notice]"));
    }

    [Fact]
    public void On_screen_the_table_opens_on_request_and_speaker_notes_show_only_when_asked()
    {
        var cut = Render<PackSlideView>(p => p.Add(v => v.Slide, Slide(revised: false)));

        Assert.Empty(cut.FindAll("[data-testid=chart-table]"));
        Assert.Empty(cut.FindAll("[data-testid=speaker-notes]"));
        cut.Find("[data-testid=toggle-table]").Click();
        Assert.Equal("29.2%", cut.Find("[data-testid=chart-table] td").TextContent);
        Assert.Equal("canvas", cut.Find("[data-chart=trend] canvas").TagName.ToLowerInvariant());
        Assert.Equal("Case audits graded inadequate (%), North East, Jun 2020: jo@council.example, 2 Jul 2020", cut.Find("[data-testid=slide-commentary] figcaption").TextContent);
    }

    [Fact]
    public void Projected_a_chart_slide_leaves_its_table_out_and_in_print_shows_it_whole()
    {
        var present = Render<PackSlideView>(p => p.Add(v => v.Slide, Slide(false)).Add(v => v.Look, PackSlideLook.Present).Add(v => v.HeadingLevel, 1));
        var print = Render<PackSlideView>(p => p.Add(v => v.Slide, Slide(false)).Add(v => v.Look, PackSlideLook.Print));

        Assert.Equal(("present", "H1"), (present.Find("section").GetAttribute("data-look"), present.Find("#slide-2-title").TagName));
        Assert.Empty(present.FindAll("[data-testid=chart-table]"));
        Assert.Single(print.FindAll("[data-testid=chart-table]"));
        Assert.Empty(print.FindAll("[data-testid=toggle-table]"));
    }
}
