using Bunit;
using KpiDashboard.Web.Features.DataQuality;
using MudBlazor.Services;

namespace KpiDashboard.Tests.DataQuality;

public sealed class DataQualityFlagsTests : BunitContext
{
    private static readonly DataQualityFlag[] Flags =
    [
        new(DataQualityKind.MissingMonths, "Missing: Apr 2020", "No figure for Apr 2020 (between Apr 2018 and Jun 2020)."),
        new(DataQualityKind.UnusualChange, "Unusual change: 9.1× the usual", "The change into Jun 2020 (1,800) is 9.1 times the usual month-to-month movement (198); check for a keying error."),
        new(DataQualityKind.Restated, "Restated: May 2020", "Figures for May 2020 were changed after they were first published."),
        new(DataQualityKind.OutOfDate, "Out of date: latest Mar 2021", "The latest figure is for Mar 2021, older than the expected reporting lag of 2 months."),
    ];

    public DataQualityFlagsTests()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Each_flag_shows_an_icon_and_its_short_label_in_words()
    {
        var cut = Render<DataQualityFlags>(p => p.Add(f => f.Flags, Flags));

        var items = cut.FindAll(".dq-flag");
        Assert.Equal(Flags.Select(f => f.Label), items.Select(i => i.QuerySelector(".dq-label")!.TextContent));
        Assert.All(items, i => Assert.NotNull(i.QuerySelector("svg[aria-hidden=true]")));
        Assert.Equal(Flags.Select(f => f.Kind.ToString()), items.Select(i => i.GetAttribute("data-flag")));
        Assert.Equal(4, items.Select(i => i.QuerySelector("svg")!.InnerHtml).Distinct().Count());
    }

    [Fact]
    public void The_detailed_form_shows_each_flag_as_a_sentence()
    {
        var cut = Render<DataQualityFlags>(p => p.Add(f => f.Flags, Flags).Add(f => f.Detailed, true));

        Assert.Equal(Flags.Select(f => f.Detail), cut.FindAll(".dq-label").Select(l => l.TextContent));
    }

    [Fact]
    public void A_series_without_doubts_shows_no_list()
    {
        var cut = Render<DataQualityFlags>(p => p.Add(f => f.Flags, Array.Empty<DataQualityFlag>()));

        Assert.Empty(cut.FindAll(".dq-flags"));
    }
}
