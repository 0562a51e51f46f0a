namespace KpiDashboard.Web.Components.Csv;

/// <summary>How <see cref="CsvWriter"/> writes a file.</summary>
public enum CsvStyle
{
    /// <summary>For spreadsheets: CRLF line ends, and text a spreadsheet would run as a formula made inert.</summary>
    Download,

    /// <summary>For files the app reads back (the catalogue files, as in <c>seed-data/</c>): \n line ends, text exactly as it is.</summary>
    Seed,
}
