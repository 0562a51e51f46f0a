using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Metrics;
using KpiDashboard.Web.Features.Packs;
using KpiDashboard.Web.Features.Publication;
using KpiDashboard.Web.Features.Rag;
using Microsoft.EntityFrameworkCore;
using static KpiDashboard.Tests.Packs.PackFixtures;
using static KpiDashboard.Tests.Packs.PublicationPacks;

namespace KpiDashboard.Tests.Packs;

/// <summary>
/// A pack marked for publication is a public document: every figure it stores went through the public suppression plan,
/// so each suppressed figure is c in its tables, a gap in its charts, without RAG, change or SPC reading; the same pack
/// not for publication shows the numbers.
/// </summary>
public sealed class PackPublicationTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private PackService Packs => App.Get<PackService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(PackContent Public, PackContent Internal, IReadOnlyDictionary<CellKey, decimal?> Suppressed)> BothAsync()
    {
        var suppressed = Suppressed(await App.Get<PublicationPlanner>().ForAsync(Audience.Public, Ct));
        var forPublication = await PublishAsync(Packs, "Select Committee, for publication", forPublication: true, Ct);
        var internalOnly = await PublishAsync(Packs, "Select Committee, internal", forPublication: false, Ct);
        return (await FrozenAsync(forPublication), await FrozenAsync(internalOnly), suppressed);
    }

    /// <summary>The content as stored at publishing, read from the row itself.</summary>
    private async Task<PackContent> FrozenAsync(int id)
    {
        await using var db = await DbAsync();
        return PackJson.Deserialize((await db.Packs.SingleAsync(p => p.Id == id, Ct)).FrozenContent!);
    }

    [Fact]
    public async Task The_trend_slide_for_publication_stores_c_and_a_gap_for_each_suppressed_month_and_the_internal_one_the_numbers()
    {
        var (published, internalOnly, suppressed) = await BothAsync();
        var months = Window.Where(m => suppressed.ContainsKey(new CellKey(Count, Quadrant, m))).ToList();
        Assert.NotEmpty(months);
        Assert.Contains(Window, m => !months.Contains(m));

        var (trend, inside) = (published.Slides[0], internalOnly.Slides[0]);
        Assert.True(published.ForPublication);
        Assert.False(internalOnly.ForPublication);
        var line = trend.Chart!.Data.Datasets.Single(d => d.Label == trend.AreaName);
        var insideLine = inside.Chart!.Data.Datasets.Single(d => d.Label == inside.AreaName);
        foreach (var (month, i) in Window.Select((m, i) => (m, i)))
        {
            var row = trend.Table!.Rows.Single(r => r.Heading == FigureFormat.Month(month));
            var insideRow = inside.Table!.Rows.Single(r => r.Heading == FigureFormat.Month(month));
            var figure = trend.Figures.Single(f => f.Month == month);
            if (months.Contains(month))
            {
                var value = suppressed[new CellKey(Count, Quadrant, month)]!.Value;
                Assert.Equal(Withheld(MetricUnit.Count), row.Cells[0]);
                Assert.Contains(Suppression.Symbol, row.Cells[0], StringComparison.Ordinal);
                Assert.Equal(RagLook.For(RagStatus.NoData).Label, row.Cells[3]);
                Assert.Null(line.Data[i]);
                Assert.Equal((null, ObservationStatus.Suppressed, RagStatus.NoData), (figure.Value, figure.Status, figure.Rag));
                Assert.Equal(FigureFormat.Value(value, MetricUnit.Count), insideRow.Cells[0]);
                Assert.Equal(value, insideLine.Data[i]);
                Assert.Equal(value, inside.Figures.Single(f => f.Month == month).Value);
            }
            else
            {
                Assert.Equal(insideRow.Cells, row.Cells);
                Assert.Equal(insideLine.Data[i], line.Data[i]);
            }
        }
    }

    [Fact]
    public async Task The_spc_slide_for_publication_of_a_series_with_a_suppressed_month_shows_the_trend_without_limits_or_signals()
    {
        var (published, internalOnly, _) = await BothAsync();

        var (spc, inside) = (published.Slides[1], internalOnly.Slides[1]);
        Assert.Equal(SpcChart.Kind, inside.ChartKind);
        Assert.Contains(inside.Figures, f => f.SpcClass is not null);
        Assert.Equal(TrendChart.Kind, spc.ChartKind);
        Assert.Contains(MeasureSlideBuilder.SpcWithheldNote, spc.Notes);
        Assert.All(spc.Figures, f => Assert.Equal((null, null, null, null, null, null),
            (f.SpcClass, f.SpcMean, f.SpcLowerLimit, f.SpcUpperLimit, f.Variation, f.Assurance)));
        Assert.DoesNotContain(spc.Chart!.Data.Datasets, d => d.Label.Contains("process limit", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_audit_grades_slide_for_publication_shows_c_for_each_suppressed_grade_count_and_for_its_total_and_share()
    {
        var (published, internalOnly, suppressed) = await BothAsync();
        var (grades, inside) = (published.Slides[2], internalOnly.Slides[2]);
        var cells = 0;
        foreach (var (row, i) in grades.Table!.Rows.Select((r, i) => (r, i)))
        {
            var figures = grades.Figures.Where(f => row.Heading == $"{f.AreaName}, {FigureFormat.Month(f.Month)}").ToList();
            var insideRow = inside.Table!.Rows[i];
            Assert.Equal(row.Heading, insideRow.Heading);
            var hidden = MetricGroups.AuditGrades.Select(g => figures.Single(f => f.MetricCode == g.Code))
                .Select(f => suppressed.ContainsKey(new CellKey(f.MetricCode, f.AreaCode, f.Month))).ToList();
            foreach (var (grade, n) in MetricGroups.AuditGrades.Select((g, n) => (g, n)))
            {
                var figure = figures.Single(f => f.MetricCode == grade.Code);
                var insideValue = inside.Figures.Single(f => f.Key == figure.Key).Value;
                // No chart at all when every bar would be a gap.
                var bar = grades.Chart?.Data.Datasets.Single(d => d.Label == grade.Grade).Data[i];
                if (hidden[n])
                {
                    cells++;
                    Assert.Equal(Withheld(MetricUnit.Count), row.Cells[n]);
                    Assert.Equal((null, ObservationStatus.Suppressed), (figure.Value, figure.Status));
                    Assert.Equal(FigureFormat.Value(insideValue!.Value, MetricUnit.Count), insideRow.Cells[n]);
                    Assert.Null(bar);
                }
                else
                {
                    Assert.Equal(insideRow.Cells[n], row.Cells[n]);
                }

                if (hidden.Any(h => h))
                {
                    Assert.Null(bar);
                }
            }

            // The audits and the inadequate share, beside a withheld count, would give it back.
            if (hidden.Any(h => h))
            {
                Assert.Equal([Withheld(MetricUnit.Count), Withheld(MetricUnit.Percent)], row.Cells.Skip(4));
                Assert.DoesNotContain(Suppression.Symbol, string.Concat(insideRow.Cells.Skip(4)), StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(insideRow.Cells.Skip(4), row.Cells.Skip(4));
            }
        }

        Assert.True(cells > 0, "The seeded audit grades have no suppressed count, so this test shows nothing.");
        Assert.NotNull(inside.Chart);
        Assert.True(grades.Chart is not null || grades.Table.Rows.All(r => r.Cells.Contains(Withheld(MetricUnit.Count))));
    }

    [Fact]
    public async Task The_theme_slide_for_publication_shows_c_without_judgement_change_or_signal_for_a_suppressed_tile()
    {
        var (published, internalOnly, suppressed) = await BothAsync();
        var (theme, inside) = (published.Slides[3], internalOnly.Slides[3]);
        var hidden = theme.Figures.Where(f => suppressed.ContainsKey(new CellKey(f.MetricCode, f.AreaCode, f.Month))).ToList();
        Assert.NotEmpty(hidden);
        foreach (var figure in hidden)
        {
            var row = theme.Table!.Rows.Single(r => r.Heading == figure.MetricName);
            var insideRow = inside.Table!.Rows.Single(r => r.Heading == figure.MetricName);
            var value = suppressed[new CellKey(figure.MetricCode, figure.AreaCode, figure.Month)]!.Value;
            Assert.Equal([Withheld(figure.Unit), RagLook.For(RagStatus.NoData).Label, "–", "–"], [row.Cells[0], row.Cells[2], row.Cells[3], row.Cells[4]]);
            Assert.Equal((null, RagStatus.NoData, null), (figure.Value, figure.Rag, figure.Variation));
            Assert.Equal(FigureFormat.Value(value, figure.Unit), insideRow.Cells[0]);
        }
    }

    [Fact]
    public async Task Marking_a_draft_for_publication_is_audited_shown_in_the_list_and_kept_by_roll_forward()
    {
        var id = await DraftAsync(Packs, "Select Committee, 30 July 2020", June2020, Chart(Count, Quadrant));
        Assert.True((await Packs.SetForPublicationAsync(id, true, Director, Ct)).Made);
        var rolled = await Packs.RollForwardAsync(id, Director, Ct);
        var unmarked = await DraftAsync(Packs, "Internal", June2020, Chart(Count, Quadrant));

        Assert.True((await Packs.GetOutlineAsync(id, Ct))!.ForPublication);
        Assert.True((await Packs.GetOutlineAsync(rolled.Id!.Value, Ct))!.ForPublication);
        var list = await Packs.ListAsync(includeDrafts: true, Ct);
        Assert.Equal([true, true, false], [.. new[] { id, rolled.Id.Value, unmarked }.Select(p => list.Single(s => s.Id == p).ForPublication)]);
        await using var db = await DbAsync();
        Assert.Contains(await db.AuditEvents.Where(e => e.Action == AuditActions.Pack).Select(e => e.Detail).ToListAsync(Ct), d => d == "marked for publication");
    }

    [Fact]
    public async Task Publishing_a_pack_for_publication_while_the_plan_cannot_be_decided_is_refused_and_an_internal_pack_still_publishes()
    {
        var forPublication = await DraftAsync(Packs, "For publication", June2020, Chart(Count, Quadrant));
        Assert.True((await Packs.SetForPublicationAsync(forPublication, true, Director, Ct)).Made);
        var internalOnly = await DraftAsync(Packs, "Internal", June2020, Chart(Count, Quadrant));
        await using (var db = await DbAsync())
        {
            // The authority under its own quadrant: an area tree that goes round in a circle, which the plan refuses.
            await db.Database.ExecuteSqlRawAsync("update areas set parent_id = (select id from areas where code = 'NE') where code = 'SCC'", Ct);
        }

        var refused = await Packs.PublishAsync(forPublication, Director, Ct);
        var made = await Packs.PublishAsync(internalOnly, Director, Ct);

        Assert.StartsWith("The pack 'For publication' is marked for publication, but which figures to show as c cannot be decided, so it was not published: ", refused.Problem);
        Assert.Contains("goes round in a circle", refused.Problem, StringComparison.Ordinal);
        Assert.Equal(PackStatus.Draft, await Packs.StatusAsync(forPublication, Ct));
        var preview = (await Packs.GetContentAsync(forPublication, Ct))!;
        Assert.Equal([PackContentBuilder.UndecidedTitle], preview.Slides.Select(s => s.Title));
        Assert.Empty(preview.Slides.SelectMany(s => s.Figures));
        Assert.True(made.Made, made.Problem);
    }
}
