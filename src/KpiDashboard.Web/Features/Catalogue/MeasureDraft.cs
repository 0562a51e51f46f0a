using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>A measure as a form or a catalogue file describes it, before it is checked.</summary>
public sealed record MeasureDraft(
    string Code,
    string Name,
    string Theme,
    string Definition,
    MetricUnit Unit,
    int Decimals,
    Polarity Polarity,
    ReportingFrequency Frequency,
    int ReportingLagMonths,
    bool SmallNumberSuppression,
    Rollup Rollup)
{
    public static MeasureDraft From(Metric m) => new(m.Code, m.Name, m.Theme, m.Definition, m.Unit, m.Decimals, m.Polarity,
        m.Frequency, m.ReportingLagMonths, m.SmallNumberSuppression, m.Rollup);
}

/// <summary>One measure in a share's or ratio's sum, by its code.</summary>
public sealed record PartDraft(string Code, PartRole Role);

/// <summary>A target as a form or targets.csv describes it; a null area means every area, a null month is a problem.</summary>
public sealed record TargetDraft(DateOnly? EffectiveFrom, string? AreaCode, decimal? Target, decimal? Green, decimal? Red);
