using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// Meeting packs: listing, reading (live for a draft, as published for a published pack), building, publishing and
/// rolling forward. Only drafts change; every change is audited. Callers check the Present policy before changing.
/// </summary>
public sealed class PackService(
    IDbContextFactory<KpiDbContext> contextFactory, PackContentBuilder builder, PackRevisions revisions, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<PackSummary>> ListAsync(bool includeDrafts, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Packs.AsNoTracking()
            .Where(p => includeDrafts || p.Status == PackStatus.Published)
            .OrderByDescending(p => p.MeetingDate).ThenByDescending(p => p.Id)
            .Select(p => new PackSummary(p.Id, p.Title, p.MeetingDate, p.ReportingMonth, p.Status, p.PublishedAt, p.Slides.Count) { ForPublication = p.ForPublication })
            .ToListAsync(cancellationToken);
    }

    /// <returns>Null when there is no such pack.</returns>
    public async Task<PackOutline?> GetOutlineAsync(int packId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pack = await LoadAsync(db, packId, tracked: false, cancellationToken);
        return pack is null ? null : new PackOutline(pack.Id, pack.Title, pack.MeetingDate, pack.ReportingMonth, pack.Status, pack.PublishedAt,
            pack.PublishedBy, pack.RolledFromPackId, [.. pack.Slides.OrderBy(s => s.Position).Select(s => new PackSlideOutline(s.Id, s.Position, s.Kind,
                new SlideInput(s.Kind)
                {
                    View = s.ChartView, MetricCode = s.Metric?.Code, AreaCode = s.Area?.Code, Theme = s.Theme,
                    Title = s.Title, Body = s.Body, SpeakerNotes = s.SpeakerNotes,
                }))])
        {
            ForPublication = pack.ForPublication,
        };
    }

    /// <summary>What the pack shows: live figures for a draft; for a published pack what it showed, with notices of figures revised since.</summary>
    /// <returns>Null when there is no such pack.</returns>
    public async Task<PackContent?> GetContentAsync(int packId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pack = await LoadAsync(db, packId, tracked: false, cancellationToken);
        if (pack is null)
        {
            return null;
        }

        if (pack is { Status: PackStatus.Published, FrozenContent: { } frozen })
        {
            return await revisions.ApplyAsync(PackJson.Deserialize(frozen), cancellationToken);
        }

        try
        {
            return await builder.BuildLiveAsync(pack, cancellationToken);
        }
        catch (ArgumentException undecided) when (pack.ForPublication)
        {
            return PackContentBuilder.Undecided(pack, undecided.Message, clock.GetUtcNow());
        }
    }

    /// <summary>Whether the pack exists and is published: what a Viewer may see.</summary>
    public async Task<PackStatus?> StatusAsync(int packId, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Packs.Where(p => p.Id == packId).Select(p => (PackStatus?)p.Status).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<PackChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var metrics = await db.Metrics.AsNoTracking().OrderBy(m => m.SortOrder).Select(m => new { m.Code, m.Name, m.Theme }).ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new { a.Code, a.Name }).ToListAsync(cancellationToken);
        return new PackChoices([.. metrics.Select(m => (m.Code, m.Name, m.Theme))], [.. areas.Select(a => (a.Code, a.Name))],
            [.. metrics.Select(m => m.Theme).Distinct()]);
    }

    public async Task<PackChange> CreateAsync(string? title, DateOnly? meetingDate, DateOnly? reportingMonth, Actor actor, CancellationToken cancellationToken = default)
    {
        if (CheckDetails(title, meetingDate, reportingMonth) is { } problem)
        {
            return PackChange.Refused(problem);
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pack = new Pack
        {
            Title = title!.Trim(), MeetingDate = meetingDate!.Value, ReportingMonth = FirstOfMonth(reportingMonth!.Value),
            Status = PackStatus.Draft, CreatedBy = actor.Name, CreatedAt = clock.GetUtcNow(),
        };
        db.Packs.Add(pack);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(actor, AuditActions.Pack, Target(pack), "created", cancellationToken);
        return PackChange.Done(pack.Id);
    }

    public Task<PackChange> UpdateDetailsAsync(int packId, string? title, DateOnly? meetingDate, DateOnly? reportingMonth, Actor actor, CancellationToken cancellationToken = default) =>
        CheckDetails(title, meetingDate, reportingMonth) is { } problem
            ? Task.FromResult(PackChange.Refused(problem))
            : ChangeDraftAsync(packId, actor, "details changed", (_, pack) =>
            {
                (pack.Title, pack.MeetingDate, pack.ReportingMonth) = (title!.Trim(), meetingDate!.Value, FirstOfMonth(reportingMonth!.Value));
                return Task.FromResult<string?>(null);
            }, cancellationToken);

    /// <summary>Marks a draft for publication (its figures become the public view, small numbers about children shown as c), or unmarks it.</summary>
    public Task<PackChange> SetForPublicationAsync(int packId, bool forPublication, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(packId, actor, forPublication ? "marked for publication" : "no longer for publication", (_, pack) =>
        {
            pack.ForPublication = forPublication;
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    public Task<PackChange> AddSlideAsync(int packId, SlideInput input, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(packId, actor, $"slide added ({input.Kind})", async (db, pack) =>
        {
            var slide = new PackSlide { Position = pack.Slides.Count == 0 ? 0 : pack.Slides.Max(s => s.Position) + 1 };
            var problem = await SlideRules.ApplyAsync(db, slide, input, cancellationToken);
            if (problem is null)
            {
                pack.Slides.Add(slide);
            }

            return problem;
        }, cancellationToken);

    public Task<PackChange> UpdateSlideAsync(int packId, int slideId, SlideInput input, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(packId, actor, $"slide {slideId} changed", async (db, pack) =>
            pack.Slides.FirstOrDefault(s => s.Id == slideId) is { } slide
                ? await SlideRules.ApplyAsync(db, slide, input, cancellationToken)
                : NoSlide(slideId), cancellationToken);

    public Task<PackChange> RemoveSlideAsync(int packId, int slideId, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(packId, actor, $"slide {slideId} removed", (db, pack) =>
        {
            if (pack.Slides.FirstOrDefault(s => s.Id == slideId) is not { } slide)
            {
                return Task.FromResult<string?>(NoSlide(slideId));
            }

            pack.Slides.Remove(slide);
            db.PackSlides.Remove(slide);
            Renumber(pack.Slides.OrderBy(s => s.Position));
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>Moves a slide to a position (0 first), shifting the others; what both drag and the move buttons do.</summary>
    public Task<PackChange> MoveSlideAsync(int packId, int slideId, int position, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeDraftAsync(packId, actor, $"slide {slideId} moved to {position + 1}", (_, pack) =>
        {
            var order = pack.Slides.OrderBy(s => s.Position).ToList();
            if (order.FirstOrDefault(s => s.Id == slideId) is not { } slide)
            {
                return Task.FromResult<string?>(NoSlide(slideId));
            }

            if (position < 0 || position >= order.Count)
            {
                return Task.FromResult<string?>($"Position {position + 1} is outside the pack, which has {order.Count} slide{(order.Count == 1 ? "" : "s")}.");
            }

            order.Remove(slide);
            order.Insert(position, slide);
            Renumber(order);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    /// <summary>
    /// Freezes the pack: what every slide shows now (figures, targets, thresholds, judgements, SPC classes and limits,
    /// flags, commentary, annotations) is stored with it, in one transaction with the audit entry.
    /// </summary>
    public Task<PackChange> PublishAsync(int packId, Actor actor, CancellationToken cancellationToken = default) =>
        PublishAsync(packId, actor, null, cancellationToken);

    /// <param name="publishedAt">When the pack counts as published; null for now. The seed's illustrative pack was published in 2020.</param>
    internal async Task<PackChange> PublishAsync(int packId, Actor actor, DateTimeOffset? publishedAt, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Locks the row, so two Presenters publishing at once store one content.
        await db.Database.ExecuteSqlInterpolatedAsync($"select id from packs where id = {packId} for update", cancellationToken);
        var pack = await LoadAsync(db, packId, tracked: true, cancellationToken);
        if (pack is null)
        {
            return PackChange.Refused(NoPack(packId));
        }

        if (pack.Status == PackStatus.Published)
        {
            return PackChange.Refused($"The pack '{pack.Title}' was already published on {When(pack.PublishedAt!.Value)}; duplicate it to make a new version.");
        }

        if (pack.Slides.Count == 0)
        {
            return PackChange.Refused($"The pack '{pack.Title}' has no slides yet; add at least one before publishing.");
        }

        PackContent content;
        try
        {
            content = await builder.BuildLiveAsync(pack, cancellationToken);
        }
        catch (ArgumentException undecided) when (pack.ForPublication)
        {
            // Publishing without a plan would put unchecked small numbers in a public document.
            return PackChange.Refused($"The pack '{pack.Title}' is marked for publication, but which figures to show as c cannot be decided, " +
                $"so it was not published: {undecided.Message} Correct the catalogue or the figures and publish again.");
        }

        var now = publishedAt ?? content.FiguresAsAt;
        content = content with { FiguresAsAt = now, Status = PackStatus.Published, PublishedAt = now, PublishedBy = actor.Name };
        (pack.Status, pack.PublishedAt, pack.PublishedBy, pack.FrozenContent) = (PackStatus.Published, now, actor.Name, PackJson.Serialize(content));
        audit.Add(db, actor, AuditActions.Pack, Target(pack), $"published with {content.Slides.Count} slides");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return PackChange.Done(pack.Id);
    }

    /// <summary>The monthly routine in one action: a new draft with the same slides, its meeting date and reporting month a month later.</summary>
    public async Task<PackChange> RollForwardAsync(int packId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var source = await LoadAsync(db, packId, tracked: false, cancellationToken);
        if (source is null)
        {
            return PackChange.Refused(NoPack(packId));
        }

        var meeting = source.MeetingDate.AddMonths(1);
        var copy = new Pack
        {
            Title = RollTitle(source.Title, source.MeetingDate, meeting), MeetingDate = meeting, ReportingMonth = source.ReportingMonth.AddMonths(1),
            Status = PackStatus.Draft, CreatedBy = actor.Name, CreatedAt = clock.GetUtcNow(), RolledFromPackId = source.Id,
            ForPublication = source.ForPublication,
            Slides = [.. source.Slides.OrderBy(s => s.Position).Select((s, i) => new PackSlide
            {
                Position = i, Kind = s.Kind, ChartView = s.ChartView, MetricId = s.MetricId, AreaId = s.AreaId, Theme = s.Theme,
                Title = s.Title, Body = s.Body, SpeakerNotes = s.SpeakerNotes,
            })],
        };
        db.Packs.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(actor, AuditActions.Pack, Target(copy),
            $"rolled forward from pack {source.Id}{(copy.ForPublication ? ", for publication" : "")}", cancellationToken);
        return PackChange.Done(copy.Id);
    }

    /// <summary>"..., 21 August 2020" becomes "..., 21 September 2020"; a title without the old date stays as it was.</summary>
    public static string RollTitle(string title, DateOnly from, DateOnly to)
    {
        var old = from.ToString("d MMMM yyyy", FigureFormat.Uk);
        return title.Contains(old, StringComparison.Ordinal) ? title.Replace(old, to.ToString("d MMMM yyyy", FigureFormat.Uk), StringComparison.Ordinal) : title;
    }

    private async Task<PackChange> ChangeDraftAsync(int packId, Actor actor, string what, Func<KpiDbContext, Pack, Task<string?>> change, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pack = await LoadAsync(db, packId, tracked: true, cancellationToken);
        if (pack is null)
        {
            return PackChange.Refused(NoPack(packId));
        }

        if (pack.Status != PackStatus.Draft)
        {
            return PackChange.Refused($"The pack '{pack.Title}' is published, so it cannot change; duplicate it and roll it forward to make a new draft.");
        }

        if (await change(db, pack) is { } problem)
        {
            return PackChange.Refused(problem);
        }

        audit.Add(db, actor, AuditActions.Pack, Target(pack), what);
        await db.SaveChangesAsync(cancellationToken);
        return PackChange.Done(pack.Id);
    }

    private static async Task<Pack?> LoadAsync(KpiDbContext db, int packId, bool tracked, CancellationToken cancellationToken)
    {
        var packs = db.Packs.Include(p => p.Slides).ThenInclude(s => s.Metric).Include(p => p.Slides).ThenInclude(s => s.Area).AsSplitQuery();
        return await (tracked ? packs : packs.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == packId, cancellationToken);
    }

    private static string? CheckDetails(string? title, DateOnly? meetingDate, DateOnly? reportingMonth) =>
        string.IsNullOrWhiteSpace(title) ? "Give the pack a title, e.g. the committee and the meeting date."
        : SlideRules.TooLong("title", title.Trim(), Pack.MaxTitleLength) is { } problem ? problem
        : meetingDate is null ? "Give the meeting date."
        : reportingMonth is null ? "Give the reporting month: the last month whose figures the pack shows."
        : reportingMonth.Value > meetingDate.Value ? "The reporting month is after the meeting date; a pack reports on months before its meeting."
        : null;

    private static void Renumber(IEnumerable<PackSlide> order)
    {
        var i = 0;
        foreach (var slide in order)
        {
            slide.Position = i++;
        }
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private static string Target(Pack pack) => $"pack {pack.Id}: {pack.Title}";

    private static string NoPack(int packId) => $"There is no pack with the id {packId}.";

    private static string NoSlide(int slideId) => $"The pack has no slide with the id {slideId}; it may have been removed.";

    private static string When(DateTimeOffset at) => at.ToString("d MMM yyyy", FigureFormat.Uk);
}
