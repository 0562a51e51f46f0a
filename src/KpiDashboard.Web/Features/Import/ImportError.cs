namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// One problem in an uploaded file, located as the analyst sees it in Excel: the row number
/// (the header is row 1), the column heading, and the value found.
/// </summary>
public sealed record ImportError(string File, int Row, string Column, string Value, string Message)
{
    private const int MaxValueLength = 200;
    private const int MaxMessageLength = 600;

    // A hostile file can put a megabyte in one cell or heading; a problem quotes at most the start of it.
    public string Value { get; init; } = Shorten(Value, MaxValueLength);

    public string Message { get; init; } = Shorten(Message, MaxMessageLength);

    /// <summary>The <c>file:row:column: message</c> form used by the command line.</summary>
    public override string ToString() =>
        Row > 0 ? $"{File}:{Row}:{Column}: {Message}" : $"{File}: {Message}";

    private static string Shorten(string text, int length) => text.Length <= length
        ? text
        : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)] + "…";
}
