namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// Compares names ignoring case and white space, so "northeast" and "North  East" match "North East",
/// without building a normalised copy of every cell read.
/// </summary>
internal sealed class LooseNameComparer : IEqualityComparer<string>
{
    public static readonly LooseNameComparer Instance = new();

    public bool Equals(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && char.IsWhiteSpace(x[i]))
            {
                i++;
            }

            while (j < y.Length && char.IsWhiteSpace(y[j]))
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return i == x.Length && j == y.Length;
            }

            if (char.ToUpperInvariant(x[i]) != char.ToUpperInvariant(y[j]))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    public int GetHashCode(string obj)
    {
        var hash = new HashCode();
        foreach (var c in obj)
        {
            if (!char.IsWhiteSpace(c))
            {
                hash.Add(char.ToUpperInvariant(c));
            }
        }

        return hash.ToHashCode();
    }
}
