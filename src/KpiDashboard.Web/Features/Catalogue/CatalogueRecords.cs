using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>One measure in the catalogue's list, with the target in force for every area this month, if any.</summary>
public sealed record MeasureSummary(string Code, string Name, string Theme, MetricUnit Unit, Rollup Rollup, DateTimeOffset? RetiredAt, string? CurrentTarget);

/// <summary>A target as the measure page lists it.</summary>
public sealed record TargetRow(int Id, DateOnly EffectiveFrom, string? AreaCode, decimal? Target, decimal Green, decimal Red)
{
    public TargetDraft Draft => new(EffectiveFrom, AreaCode, Target, Green, Red);
}

/// <summary>A measure as its page edits it.</summary>
public sealed record MeasureRecord(
    MeasureDraft Draft, bool HasFigures, DateTimeOffset? RetiredAt, IReadOnlyList<PartDraft> Parts, IReadOnlyList<TargetRow> Targets);

/// <summary>A measure or area to choose from: a count for a share's parts, an area for a target.</summary>
public sealed record CatalogueChoice(string Code, string Name);
