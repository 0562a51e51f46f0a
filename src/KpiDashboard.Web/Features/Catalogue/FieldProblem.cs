namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// One thing wrong with a catalogue entry: the field it is about (a property name of the entry, so a form can put the
/// sentence under that field and an import can name the column) and a sentence saying what is wrong.
/// </summary>
public sealed record FieldProblem(string Field, string Message);
