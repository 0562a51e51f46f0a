using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>How the detail page says a metric's unit, polarity, thresholds and figure statuses in words.</summary>
public static class MetricWords
{
    public static string Unit(MetricUnit unit) => unit switch
    {
        MetricUnit.Percent => "Percentage",
        MetricUnit.Rate => "Rate per 10,000",
        MetricUnit.Days => "Days",
        MetricUnit.Fte => "Full-time equivalent (FTE)",
        _ => "Count",
    };

    public static string Polarity(Polarity polarity) => polarity switch
    {
        Data.Polarity.HigherIsBetter => "Higher is better",
        Data.Polarity.LowerIsBetter => "Lower is better",
        Data.Polarity.CloseToTarget => "Closer to the target is better",
        _ => "Neither higher nor lower is better: the measure is watched, not judged",
    };

    public static string Thresholds(Polarity polarity, MetricTarget target, MetricUnit unit)
    {
        string V(decimal value) => FigureFormat.Value(value, unit);
        return polarity switch
        {
            Data.Polarity.HigherIsBetter => $"On target at {V(target.Green)} or more; off target below {V(target.Red)}; near target in between.",
            Data.Polarity.LowerIsBetter => $"On target at {V(target.Green)} or less; off target above {V(target.Red)}; near target in between.",
            Data.Polarity.CloseToTarget when target.Target is { } aim =>
                $"On target within {V(target.Green)} of {V(aim)}; off target more than {V(target.Red)} away; near target in between.",
            _ => "Not judged against the target.",
        };
    }

    public static string Status(ObservationStatus status) => status switch
    {
        ObservationStatus.Actual => "Actual",
        ObservationStatus.Provisional => "Provisional",
        ObservationStatus.Suppressed => "Suppressed",
        ObservationStatus.NotApplicable => "Not applicable",
        ObservationStatus.RoundsToZero => "Fewer than 0.5",
        ObservationStatus.LowReliability => "Low reliability",
        ObservationStatus.NotComputable => "Not computable",
        _ => "Not available",
    };

    /// <summary>A figure's status, saying when it was computed from the quadrants rather than imported.</summary>
    public static string Status(Figure figure) =>
        figure.Computed ? $"{Status(figure.Status)}, computed from the quadrants" : Status(figure.Status);
}
