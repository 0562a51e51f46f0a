namespace KpiDashboard.Web.Features.Catalogue.Places;

/// <summary>A comparator as the comparators page lists it; <see cref="HasBenchmarks"/> fixes its code.</summary>
public sealed record ComparatorRow(string Code, string Name, int SortOrder, bool HasBenchmarks)
{
    public ComparatorEntry Entry => new(Code, Name, SortOrder);
}
