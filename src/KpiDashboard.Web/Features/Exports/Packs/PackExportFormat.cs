namespace KpiDashboard.Web.Features.Exports.Packs;

/// <summary>The files a pack is exported as.</summary>
public sealed record PackExportFormat(string Extension, string ContentType, string Name)
{
    public static PackExportFormat Pdf { get; } = new("pdf", "application/pdf", "PDF");
    public static PackExportFormat Pptx { get; } = new("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint");
}
