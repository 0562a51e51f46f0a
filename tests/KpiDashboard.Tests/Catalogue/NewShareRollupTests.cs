using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Catalogue;
using KpiDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Catalogue;

/// <summary>
/// A share of a group of counts added through the catalogue, with no migration and no code, rolls up in the figures view
/// for every quadrant and the authority from the counts imported for the quadrants alone.
/// </summary>
public sealed class NewShareRollupTests(PostgresServer server) : CatalogueTest(server)
{
    private static readonly DateOnly June2020 = new(2020, 6, 1);
    private static readonly PartDraft[] Parts =
        [new("visits-late", PartRole.Numerator), new("visits-late", PartRole.Denominator), new("visits-on-time", PartRole.Denominator)];

    private async Task AddShareAsync()
    {
        Empty(await Catalogue.AddAsync(Count("visits-late", "Visits late"), [], null, Admin, Ct));
        Empty(await Catalogue.AddAsync(Count("visits-on-time", "Visits on time"), [], null, Admin, Ct));
        Empty(await Catalogue.AddAsync(Share("visits-late-pct"), Parts, null, Admin, Ct));
    }

    private async Task<EffectiveFigure?> FigureAsync(string metric, string area, DateOnly period)
    {
        await using var db = await DbAsync();
        return await db.Figures.AsNoTracking().SingleOrDefaultAsync(
            f => f.MetricId == db.Metrics.Single(m => m.Code == metric).Id && f.AreaId == db.Areas.Single(a => a.Code == area).Id && f.Period == period, Ct);
    }

    [Fact]
    public async Task A_new_share_of_counts_rolls_up_for_each_quadrant_and_the_authority()
    {
        await AddShareAsync();
        var imported = await ImportAsync(
            "2020-06,NE,visits-late,3", "2020-06,NE,visits-on-time,7",
            "2020-06,NW,visits-late,1", "2020-06,NW,visits-on-time,4",
            "2020-06,SE,visits-late,2", "2020-06,SE,visits-on-time,2",
            "2020-06,SW,visits-late,0", "2020-06,SW,visits-on-time,5");

        Assert.Equal(ImportOutcome.Committed, imported.Outcome);
        var shares = new List<(decimal?, decimal?, decimal?, bool)>();
        foreach (var area in new[] { "NE", "NW", "SE", "SW", "SCC" })
        {
            var figure = (await FigureAsync("visits-late-pct", area, June2020))!;
            shares.Add((figure.Value, figure.Numerator, figure.Denominator, figure.Computed));
        }

        Assert.Equal([(30m, 3m, 10m, true), (20m, 1m, 5m, true), (50m, 2m, 4m, true), (0m, 0m, 5m, true), (25m, 6m, 24m, true)], shares);
        Assert.Equal((18m, true), await FigureAsync("visits-on-time", "SCC", June2020) is { } total ? (total.Value!.Value, total.Computed) : default);
    }

    [Fact]
    public async Task A_share_whose_group_is_not_all_counts_is_refused_and_not_added()
    {
        Empty(await Catalogue.AddAsync(Count("visits-late", "Visits late"), [], null, Admin, Ct));

        var problems = await Catalogue.AddAsync(Share("visits-late-pct"),
            [new("visits-late", PartRole.Numerator), new("visits-late", PartRole.Denominator), new("audits-inadequate-pct", PartRole.Denominator)], null, Admin, Ct);

        Assert.Equal(["A part of a share must be a count that adds up (roll-up: sum): audits-inadequate-pct is not."], problems.Select(p => p.Sentence));
        Assert.Null(await Catalogue.LoadAsync("visits-late-pct", Ct));
    }

    [Fact]
    public async Task Changing_a_roll_up_rule_is_audited_and_annotated_on_the_measure_from_today()
    {
        await AddShareAsync();
        Empty(await Catalogue.AddAsync(Count("visits-missed", "Visits missed"), [], null, Admin, Ct));
        PartDraft[] wider = [.. Parts, new("visits-missed", PartRole.Denominator)];

        Empty(await Catalogue.SetRollupAsync("visits-late-pct", Rollup.Share, wider, Admin, Ct));

        var entry = Assert.Single(await AuditAsync(AuditActions.RollupChanged));
        Assert.Equal(("visits-late-pct", "roll-up: share of visits-late, visits-on-time (numerator visits-late) → share of visits-late, visits-missed, visits-on-time (numerator visits-late)"),
            (entry.Target, entry.Detail));
        await using var db = await DbAsync();
        var annotation = await db.Annotations.AsNoTracking().SingleAsync(a => a.Metric!.Code == "visits-late-pct", Ct);
        Assert.Equal(("Roll-up rule changed: share of visits-late, visits-missed, visits-on-time (numerator visits-late)", DateOnly.FromDateTime(DateTime.UtcNow), (int?)null),
            (annotation.Text, annotation.Date, annotation.AreaId));
        Assert.Equal(3, (await MetricAsync("visits-late-pct")).Parts.Count(p => p.Role == PartRole.Denominator));
    }

    [Fact]
    public async Task A_share_changed_to_none_loses_its_parts_and_is_no_longer_computed()
    {
        await AddShareAsync();
        await ImportAsync("2020-06,NE,visits-late,3", "2020-06,NE,visits-on-time,7");

        Empty(await Catalogue.SetRollupAsync("visits-late-pct", Rollup.None, [], Admin, Ct));

        Assert.Empty((await MetricAsync("visits-late-pct")).Parts);
        Assert.Null(await FigureAsync("visits-late-pct", "NE", June2020));
    }
}
