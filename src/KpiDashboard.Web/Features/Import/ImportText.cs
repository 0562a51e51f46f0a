using System.Globalization;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Import;

/// <summary>How the import pages write times and statuses.</summary>
public static class ImportText
{
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Status(ImportBatch import) => import.Status == ImportStatus.Undone
        ? $"Undone{(import.UndoneAt is { } at ? " " + When(at) : "")}{(import.UndoneBy is { } by ? " by " + by : "")}"
        : "Committed";
}
