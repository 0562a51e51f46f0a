using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Overview;
using KpiDashboard.Web.Features.Publication;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// Builds what a pack's slides show from today's figures: a draft's content, and what publishing stores. A pack marked
/// for publication is a public document whoever looks at it, so its figures are read through the public suppression plan.
/// </summary>
public sealed class PackContentBuilder(
    IDbContextFactory<KpiDbContext> contextFactory, MeasureSlideBuilder measures, OverviewQuery overview, PackRevisions revisions,
    PublicationPlanner planner, TimeProvider clock)
{
    public static Audience AudienceOf(bool forPublication) => forPublication ? Audience.Public : Audience.Internal;

    /// <summary>
    /// The suppression plan for the pack's audience. An internal pack shows its figures as they are and needs the plan
    /// only for markers, so it is built without one when the plan cannot be decided; a pack for publication never is.
    /// </summary>
    /// <exception cref="ArgumentException">The plan cannot be decided (the catalogue or figures are inconsistent) for a pack for publication.</exception>
    public static async Task<FigureRedactor> RedactorAsync(PublicationPlanner planner, bool forPublication, CancellationToken cancellationToken)
    {
        try
        {
            return await planner.ForAsync(AudienceOf(forPublication), cancellationToken);
        }
        catch (ArgumentException) when (!forPublication)
        {
            return FigureRedactor.InternalWithoutPlan();
        }
    }

    /// <param name="pack">The pack with its slides, and each slide's metric and area.</param>
    public async Task<PackContent> BuildLiveAsync(Pack pack, CancellationToken cancellationToken)
    {
        Dictionary<string, Metric> metrics;
        await using (var db = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            metrics = await db.Metrics.AsNoTracking().Include(m => m.Targets).ToDictionaryAsync(m => m.Code, cancellationToken);
        }

        var redactor = await RedactorAsync(planner, pack.ForPublication, cancellationToken);
        var context = new PackBuildContext(overview, metrics, redactor, cancellationToken);
        var previous = pack.Slides.Any(s => s.Kind == PackSlideKind.SinceLastMeeting) ? await PreviousAsync(pack, cancellationToken) : null;
        var slides = new List<PackSlideContent>();
        foreach (var slide in pack.Slides.OrderBy(s => s.Position))
        {
            slides.Add(slide.Kind switch
            {
                PackSlideKind.MeasureChart when slide.Metric is not null && slide.Area is not null =>
                    await measures.BuildAsync(slide, pack.ReportingMonth, context, cancellationToken),
                PackSlideKind.ThemeSummary when slide.Area is not null => await ThemeSlideBuilder.BuildAsync(slide, pack.ReportingMonth, context),
                PackSlideKind.SinceLastMeeting => await SinceLastMeetingBuilder.BuildAsync(slide, pack.ReportingMonth, previous, context),
                _ => Text(slide),
            });
        }

        return new PackContent(pack.Id, pack.Title, pack.MeetingDate, pack.ReportingMonth, clock.GetUtcNow(), pack.Status,
            pack.PublishedAt, pack.PublishedBy, [.. slides.Select((s, i) => s with { Position = i })])
        {
            ForPublication = pack.ForPublication,
        };
    }

    /// <summary>A draft for publication whose figures cannot be checked: one slide saying why, and no figure at all.</summary>
    public static PackContent Undecided(Pack pack, string problem, DateTimeOffset now) =>
        new(pack.Id, pack.Title, pack.MeetingDate, pack.ReportingMonth, now, pack.Status, pack.PublishedAt, pack.PublishedBy,
            [new PackSlideContent(0, 0, PackSlideKind.Text, UndecidedTitle, "")
            {
                Body = $"This pack is for publication, but which figures to show as c cannot be decided, so none is shown: {problem}",
            }])
        {
            ForPublication = true,
        };

    public const string UndecidedTitle = "Figures not shown";

    private static PackSlideContent Text(PackSlide slide) =>
        new(slide.Id, slide.Position, PackSlideKind.Text, slide.Title ?? "", slide.Body ?? "")
        {
            Body = slide.Body,
            SpeakerNotes = slide.SpeakerNotes,
        };

    /// <summary>
    /// The latest published pack for an earlier month, as published and with its revisions since. A pack for publication
    /// compares with the last one published for publication only: an internal pack's figures are not for the public.
    /// </summary>
    private async Task<PackContent?> PreviousAsync(Pack pack, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var frozen = await db.Packs.AsNoTracking()
            .Where(p => p.Status == PackStatus.Published && p.Id != pack.Id && p.ReportingMonth < pack.ReportingMonth)
            .Where(p => p.ForPublication || !pack.ForPublication)
            .OrderByDescending(p => p.ReportingMonth).ThenByDescending(p => p.MeetingDate)
            .Select(p => p.FrozenContent).FirstOrDefaultAsync(cancellationToken);
        return frozen is null ? null : await revisions.ApplyAsync(PackJson.Deserialize(frozen), cancellationToken);
    }
}
