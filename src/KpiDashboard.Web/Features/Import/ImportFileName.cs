namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// The name an import is recorded and reported under: without control characters (PostgreSQL refuses NUL in text),
/// and shortened to fit the import history's column, keeping its extension.
/// </summary>
public static class ImportFileName
{
    public const int MaxLength = 260;

    /// <summary>An uploaded file's name: its own name, without the folder some clients send.</summary>
    public static string OfUpload(string name) => From(name[(name.LastIndexOfAny(['/', '\\']) + 1)..]);

    public static string From(string name)
    {
        var clean = string.Concat(name.Where(c => !char.IsControl(c))).Trim();
        if (clean.Length <= MaxLength)
        {
            return clean;
        }

        var extension = Path.GetExtension(clean);
        extension = extension.Length <= 10 ? extension : "";
        var stem = clean[..(MaxLength - extension.Length - 1)];
        // Never cut a surrogate pair in two: half a character is not text PostgreSQL will store.
        stem = char.IsHighSurrogate(stem[^1]) ? stem[..^1] : stem;
        return stem + "…" + extension;
    }
}
