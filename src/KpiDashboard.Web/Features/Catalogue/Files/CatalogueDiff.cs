namespace KpiDashboard.Web.Features.Catalogue.Files;

/// <summary>Compares a file's rows with the catalogue's, by key: added, changed (old → new per cell) or unchanged.</summary>
public static class CatalogueDiff
{
    public const string OrderColumn = "order";

    /// <summary>
    /// The display order of an ordered file's rows. A file that lists everything the catalogue has sets the order by its
    /// rows' order; a file that lists only some keeps the others' places, its rows already there keep theirs, and its
    /// new rows go after the last, in the file's order.
    /// </summary>
    public static List<CatalogueRow> PlaceInOrder(CatalogueFile file, IReadOnlyList<CatalogueRow> current, List<CatalogueRow> given)
    {
        var keys = given.Select(r => r.Key(file)).ToHashSet(StringComparer.Ordinal);
        if (!file.Ordered || current.All(r => keys.Contains(r.Key(file))))
        {
            return given;
        }

        var existing = current.ToDictionary(r => r.Key(file), r => r.Order, StringComparer.Ordinal);
        var next = current.Count == 0 ? 0 : current.Max(r => r.Order);
        return [.. given.Select(r => r with { Order = existing.TryGetValue(r.Key(file), out var order) ? order : ++next })];
    }

    public static (CatalogueFileSummary Summary, List<CatalogueChange> Changes) Compare(CatalogueFile file, IReadOnlyList<CatalogueRow> current, IReadOnlyList<CatalogueRow> given)
    {
        var existing = current.ToDictionary(r => r.Key(file), StringComparer.Ordinal);
        var changes = new List<CatalogueChange>();
        var unchanged = 0;
        foreach (var row in given)
        {
            if (!existing.Remove(row.Key(file), out var before))
            {
                changes.Add(new CatalogueChange(file.Name, row.Row, row.Describe(file), Added: true, []));
                continue;
            }

            var cells = new List<CellChange>();
            for (var i = file.KeyWidth; i < file.Columns.Count; i++)
            {
                if (!string.Equals(before.Cells[i], row.Cells[i], StringComparison.Ordinal))
                {
                    cells.Add(new CellChange(file.Columns[i].Name, before.Cells[i], row.Cells[i]));
                }
            }

            if (file.Ordered && before.Order != row.Order)
            {
                cells.Add(new CellChange(OrderColumn, before.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    row.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            if (cells.Count == 0)
            {
                unchanged++;
            }
            else
            {
                changes.Add(new CatalogueChange(file.Name, row.Row, row.Describe(file), Added: false, cells));
            }
        }

        var added = changes.Count(c => c.Added);
        return (new CatalogueFileSummary(file.Name, file.What, true, added, changes.Count - added, unchanged, existing.Count), changes);
    }
}
