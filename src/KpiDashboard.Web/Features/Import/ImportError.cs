namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// One problem in an uploaded file, located as the analyst sees it in Excel: the row number
/// (the header is row 1), the column heading, and the value found.
/// </summary>
public sealed record ImportError(string File, int Row, string Column, string Value, string Message)
{
    /// <summary>The <c>file:row:column: message</c> form used by the command line.</summary>
    public override string ToString() =>
        Row > 0 ? $"{File}:{Row}:{Column}: {Message}" : $"{File}: {Message}";
}
