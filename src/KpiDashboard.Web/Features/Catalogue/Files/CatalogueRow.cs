namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>
/// One row of a catalogue file as text in its written form (the form export writes and import compares), with the
/// row number it had in its file (the header is row 1) and, in an ordered file, its place in the order.
/// </summary>
public sealed record CatalogueRow(int Row, IReadOnlyList<string> Cells, int Order = 0)
{
    public string Key(CatalogueFile file) => string.Join('\u001f', Cells.Take(file.KeyWidth));

    /// <summary>The key as a person reads it: <c>audits-inadequate-pct, (every area), 2020-04</c>.</summary>
    public string Describe(CatalogueFile file) =>
        string.Join(", ", Cells.Take(file.KeyWidth).Select(c => c.Length == 0 ? "(every area)" : c));
}
