using KpiDashboard.Web.Components.Figures;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Metrics;

/// <summary>One sentence per chart, generated from its figures: the chart's text alternative and its lead.</summary>
public static class ChartSummary
{
    public static string NoFigures(string where, IReadOnlyList<DateOnly> months) => months.Count == 0
        ? $"No figures for {where} yet."
        : $"No figures for {where} between {FigureFormat.Month(months[0])} and {FigureFormat.Month(months[^1])}.";

    /// <summary>E.g. "Case audits graded inadequate (%) in North East fell from 34% to 29.2% between Jan 2020 and Jun 2020; target 10%."</summary>
    public static string Trend(string measure, string area, MetricUnit unit, IReadOnlyList<DateOnly> months, IReadOnlyList<decimal?> values, decimal? target)
    {
        var known = months.Zip(values, (month, value) => (Month: month, Value: value))
            .Where(x => x.Value is not null).Select(x => (x.Month, Value: x.Value!.Value)).ToList();
        if (known.Count == 0)
        {
            return NoFigures(area, months);
        }

        string V(decimal value) => FigureFormat.Value(value, unit);
        var ending = target is { } t ? $"; target {V(t)}." : ".";
        var (lastMonth, last) = known[^1];
        if (known.Count == 1)
        {
            return $"{measure} in {area} was {V(last)} in {FigureFormat.Month(lastMonth)}{ending}";
        }

        var (firstMonth, first) = known[0];
        var between = $"between {FigureFormat.Month(firstMonth)} and {FigureFormat.Month(lastMonth)}";
        return last == first
            ? $"{measure} in {area} was {V(last)} in both {FigureFormat.Month(firstMonth)} and {FigureFormat.Month(lastMonth)}{ending}"
            : $"{measure} in {area} {(last > first ? "rose" : "fell")} from {V(first)} to {V(last)} {between}{ending}";
    }

    /// <summary>The best and worst quadrant in the latest month any quadrant has a figure, and the authority beside them.</summary>
    public static string Comparison(MetricUnit unit, Polarity polarity, IReadOnlyList<DateOnly> months, IReadOnlyList<(AreaChoice Area, IReadOnlyList<decimal?> Values)> series)
    {
        string V(decimal value) => FigureFormat.Value(value, unit);
        var quadrants = series.Where(s => s.Area.Kind == AreaKind.Quadrant).ToList();
        var latest = Enumerable.Range(0, months.Count).Reverse()
            .FirstOrDefault(i => quadrants.Count(q => q.Values[i] is not null) >= 2, -1);
        if (latest < 0)
        {
            var only = series.FirstOrDefault(s => s.Values.Any(v => v is not null));
            if (only.Area is null)
            {
                return NoFigures("any area", months);
            }

            var last = Enumerable.Range(0, months.Count).Last(i => only.Values[i] is not null);
            return $"Only {only.Area.Name} has figures for this measure; it was {V(only.Values[last]!.Value)} in {FigureFormat.Month(months[last])}.";
        }

        var ranked = quadrants.Where(q => q.Values[latest] is not null)
            .Select(q => (q.Area.Name, Value: q.Values[latest]!.Value)).OrderBy(q => q.Value).ToList();
        var (low, high) = (ranked[0], ranked[^1]);
        var month = FigureFormat.Month(months[latest]);
        var authority = series.FirstOrDefault(s => s.Area.Kind == AreaKind.Authority);
        var whole = authority.Area is not null && authority.Values[latest] is { } a ? $"; {authority.Area.Name} as a whole: {V(a)}" : "";
        if (low.Value == high.Value)
        {
            return $"In {month}, every quadrant with a figure had {V(low.Value)}{whole}.";
        }

        return polarity switch
        {
            Polarity.HigherIsBetter => $"In {month}, {high.Name} had the best figure of the quadrants ({V(high.Value)}) and {low.Name} the worst ({V(low.Value)}){whole}.",
            Polarity.LowerIsBetter => $"In {month}, {low.Name} had the best figure of the quadrants ({V(low.Value)}) and {high.Name} the worst ({V(high.Value)}){whole}.",
            _ => $"In {month}, {high.Name} had the highest figure of the quadrants ({V(high.Value)}) and {low.Name} the lowest ({V(low.Value)}){whole}.",
        };
    }

    /// <summary>Which quadrant had the largest and smallest share of inadequate audits in the latest month with grades.</summary>
    public static string AuditGrades(IReadOnlyList<GradeCounts> grades)
    {
        var shares = grades.Where(g => Total(g) > 0)
            .Select(g => (g.Area.Name, g.Month, Share: Share(g.Counts[^1], Total(g)))).ToList();
        if (shares.Count == 0)
        {
            return grades.Any(g => g.AnySuppressed)
                ? "No shares of audits by grade are given: every quadrant and month has a count shown as c."
                : "No audit grades for the quadrants in this period.";
        }

        var latest = shares.Max(s => s.Month);
        var ranked = shares.Where(s => s.Month == latest && s.Share is not null).OrderBy(s => s.Share).ToList();
        var month = FigureFormat.Month(latest);
        if (ranked.Count == 1)
        {
            return $"In {month}, {ranked[0].Name} had {FigureFormat.Value(ranked[0].Share!.Value, MetricUnit.Percent)} of its audits graded inadequate.";
        }

        if (ranked[0].Share == ranked[^1].Share)
        {
            return $"In {month}, every quadrant had {FigureFormat.Value(ranked[0].Share!.Value, MetricUnit.Percent)} of its audits graded inadequate.";
        }

        return $"In {month}, {ranked[^1].Name} had the largest share of audits graded inadequate ({FigureFormat.Value(ranked[^1].Share!.Value, MetricUnit.Percent)}) " +
            $"and {ranked[0].Name} the smallest ({FigureFormat.Value(ranked[0].Share!.Value, MetricUnit.Percent)}).";
    }

    /// <summary>Appointments against vacancies across the quadrants, and where vacancies are highest.</summary>
    public static string Workforce(DateOnly month, IReadOnlyList<WorkforceFigures> quadrants)
    {
        var withVacancies = quadrants.Where(q => q.Vacancies is not null).ToList();
        if (withVacancies.Count == 0 && quadrants.All(q => q.Appointed is null))
        {
            return $"No appointment or vacancy figures for the quadrants in {FigureFormat.Month(month)}.";
        }

        var appointed = quadrants.Sum(q => q.Appointed ?? 0);
        var vacancies = withVacancies.Sum(q => q.Vacancies!.Value);
        var most = withVacancies.OrderByDescending(q => q.Vacancies).FirstOrDefault();
        var practitioners = appointed == 1 ? "practitioner" : "practitioners";
        var sentence = $"In the 6 months to {FigureFormat.Month(month)}, the quadrants appointed {FigureFormat.Value(appointed, MetricUnit.Count)} {practitioners}; " +
            $"vacancies of {FigureFormat.Value(vacancies, MetricUnit.Fte)} remained";
        return most is null ? sentence + "." : sentence + $", the most in {most.Area.Name} ({FigureFormat.Value(most.Vacancies!.Value, MetricUnit.Fte)}).";
    }

    /// <summary>The audits of a quadrant and month; null when a count is withheld, as the total would give it back.</summary>
    internal static decimal? Total(GradeCounts grades) => grades.AnySuppressed ? null : grades.Counts.Sum(c => c ?? 0);

    /// <summary>A count as a percentage of the total, to one decimal place.</summary>
    internal static decimal? Share(decimal? count, decimal? total) =>
        count is { } c && total is { } t && t > 0 ? Math.Round(c * 100 / t, 1, MidpointRounding.AwayFromZero) : null;
}
