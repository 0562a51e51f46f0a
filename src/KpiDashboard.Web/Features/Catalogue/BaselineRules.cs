using System.Globalization;

namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// What makes an SPC baseline acceptable: a known measure and area, a first and a last month in order, and at least
/// <see cref="MinimumMonths"/> months. Making Data Count asks for about 12 to 20 points before limits are trusted, so a
/// shorter baseline is refused rather than warned about: limits fixed on a few months would judge every later month.
/// </summary>
public static class BaselineRules
{
    public const int MinimumMonths = Spc.SpcOptions.MinimumBaselinePoints;

    public static IReadOnlyList<RuleProblem> Problems(
        BaselineEntry proposed, IReadOnlySet<string> metricCodes, IReadOnlySet<string> areaCodes)
    {
        var problems = new List<RuleProblem>();
        var metric = proposed.MetricCode.Trim();
        if (metric.Length == 0)
        {
            problems.Add(new(nameof(BaselineEntry.MetricCode), "A baseline needs the measure it is for."));
        }
        else if (!metricCodes.Contains(metric))
        {
            problems.Add(new(nameof(BaselineEntry.MetricCode), $"There is no measure with the code {metric}."));
        }

        var area = proposed.AreaCode?.Trim();
        if (!string.IsNullOrEmpty(area) && !areaCodes.Contains(area))
        {
            problems.Add(new(nameof(BaselineEntry.AreaCode), $"There is no area with the code {area}."));
        }

        if (proposed.FirstMonth is null)
        {
            problems.Add(new(nameof(BaselineEntry.FirstMonth), "A baseline needs a first month."));
        }

        if (proposed.LastMonth is null)
        {
            problems.Add(new(nameof(BaselineEntry.LastMonth), "A baseline needs a last month."));
        }

        if (proposed is { FirstMonth: { } first, LastMonth: { } last } && MonthsProblem(first, last) is { } monthsProblem)
        {
            problems.Add(new(nameof(BaselineEntry.LastMonth), monthsProblem));
        }

        return problems;
    }

    /// <summary>How many months a baseline from <paramref name="first"/> to <paramref name="last"/> covers, both included.</summary>
    public static int MonthsCovered(DateOnly first, DateOnly last) =>
        (last.Year - first.Year) * 12 + last.Month - first.Month + 1;

    /// <summary>The period as the SPC chart names it: "Apr 2018 to Mar 2019".</summary>
    public static string Describe(DateOnly first, DateOnly last) => $"{Month(first)} to {Month(last)}";

    private static string? MonthsProblem(DateOnly first, DateOnly last)
    {
        var months = MonthsCovered(first, last);
        if (months < 1)
        {
            return $"The last month, {Month(last)}, is before the first, {Month(first)}.";
        }

        return months < MinimumMonths
            ? $"A baseline needs at least {MinimumMonths} months for its limits to be trusted; {Describe(first, last)} is {months}."
            : null;
    }

    private static string Month(DateOnly month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
