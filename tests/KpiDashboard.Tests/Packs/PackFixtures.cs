using System.Text;
using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Packs;

namespace KpiDashboard.Tests.Packs;

/// <summary>Packs made through the app's own service, for the pack tests.</summary>
internal static class PackFixtures
{
    public static readonly DateOnly June2020 = new(2020, 6, 1);
    public static readonly Actor Director = new(TestUsers.For(Roles.Presenter), "192.0.2.30");

    public static SlideInput Chart(string metric, string area, PackChartView view = PackChartView.Trend, string? notes = null) =>
        new(PackSlideKind.MeasureChart) { MetricCode = metric, AreaCode = area, View = view, SpeakerNotes = notes };

    public static SlideInput Theme(string theme, string area) => new(PackSlideKind.ThemeSummary) { Theme = theme, AreaCode = area };

    public static SlideInput Text(string title, string body) => new(PackSlideKind.Text) { Title = title, Body = body };

    public static SlideInput SinceLastMeeting(string area = "SCC") => new(PackSlideKind.SinceLastMeeting) { AreaCode = area };

    /// <summary>A draft for June 2020 with the slides given, in that order.</summary>
    public static async Task<int> DraftAsync(PackService packs, string title, DateOnly month, params SlideInput[] slides)
    {
        var made = await packs.CreateAsync(title, month.AddMonths(1).AddDays(20), month, Director, TestContext.Current.CancellationToken);
        Assert.True(made.Made, made.Problem);
        foreach (var slide in slides)
        {
            var added = await packs.AddSlideAsync(made.Id!.Value, slide, Director, TestContext.Current.CancellationToken);
            Assert.True(added.Made, added.Problem);
        }

        return made.Id!.Value;
    }

    public static MemoryStream Csv(params string[] rows) =>
        new(Encoding.UTF8.GetBytes("period,area,metric,value,numerator,denominator\n" + string.Join('\n', rows) + "\n"));
}
