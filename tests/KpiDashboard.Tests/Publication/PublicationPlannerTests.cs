using KpiDashboard.Tests.Infrastructure;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Publication;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Tests.Publication;

public sealed class PublicationPlannerTests(PostgresServer server) : DatabaseTest(server, seeded: true)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int Metric, int Area)> IdsAsync(string metric, string area)
    {
        await using var db = await DbAsync();
        return (await db.Metrics.Where(m => m.Code == metric).Select(m => m.Id).SingleAsync(Ct),
            await db.Areas.Where(a => a.Code == area).Select(a => a.Id).SingleAsync(Ct));
    }

    [Fact]
    public async Task The_public_sees_no_seeded_count_about_children_from_1_to_5_and_the_internal_audience_sees_each_one_marked()
    {
        var planner = App.Get<PublicationPlanner>();
        var forPublic = await planner.ForAsync(Audience.Public, Ct);
        var forStaff = await planner.ForAsync(Audience.Internal, Ct);
        await using var db = await DbAsync();
        var marked = await db.Metrics.Where(m => m.SmallNumberSuppression && m.Rollup == Rollup.Sum && m.Parts.Count == 0).Select(m => m.Id).ToListAsync(Ct);
        var figures = await db.Figures.AsNoTracking().Where(f => marked.Contains(f.MetricId)).ToListAsync(Ct);
        var small = figures.Where(f => SmallNumber.IsSmall(f.Value)).ToList();

        Assert.NotEmpty(small);
        Assert.All(small, f => Assert.Equal((null, ObservationStatus.Suppressed), (forPublic.Publish(f).Value, forPublic.Publish(f).Status)));
        Assert.All(small, f => Assert.Equal((f.Value, true), (forStaff.Publish(f).Value, forStaff.Publish(f).SuppressedWhenPublished)));
        Assert.DoesNotContain(figures.Select(forPublic.Publish), p => SmallNumber.IsSmall(p.Value));
    }

    [Fact]
    public async Task A_figure_changed_after_the_plan_was_decided_is_decided_again_before_the_public_sees_it()
    {
        var planner = App.Get<PublicationPlanner>();
        var (metric, area) = await IdsAsync("uasc", "SW");
        var month = new DateOnly(2020, 6, 1);
        await using (var db = await DbAsync())
        {
            await db.Observations.Where(o => o.MetricId == metric && o.AreaId == area && o.Period == month)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Value, 40m).SetProperty(o => o.Status, ObservationStatus.Actual), Ct);
        }

        var before = (await planner.ForAsync(Audience.Public, Ct)).Publish(metric, area, month, 40m, null, null, ObservationStatus.Actual);
        await using (var db = await DbAsync())
        {
            await db.Observations.Where(o => o.MetricId == metric && o.AreaId == area && o.Period == month)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Value, 3m), Ct);
        }

        // The caller passes the old figure; the plan's own snapshot, decided again, is what the public gets.
        var after = (await planner.ForAsync(Audience.Public, Ct)).Publish(metric, area, month, 40m, null, null, ObservationStatus.Actual);

        Assert.Equal(40m, before.Value);
        Assert.Equal((null, SuppressionReason.Primary), (after.Value, after.Reason));
    }

    [Fact]
    public async Task A_figure_the_plan_has_not_seen_reaches_the_public_only_as_c()
    {
        var (metric, area) = await IdsAsync("uasc", "SW");
        var redactor = await App.Get<PublicationPlanner>().ForAsync(Audience.Public, Ct);

        var unseen = redactor.Publish(metric, area, new DateOnly(2031, 1, 1), 40m, null, null, ObservationStatus.Actual);

        Assert.Equal((null, ObservationStatus.Suppressed, SuppressionReason.Unchecked), (unseen.Value, unseen.Status, unseen.Reason));
    }
}
