namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// One reason a catalogue change cannot be made: the field it concerns (named as the catalogue file's column, so a form can
/// point at its input and a file import at its column) and a sentence that says what is wrong.
/// </summary>
public sealed record RuleProblem(string Field, string Sentence)
{
    public override string ToString() => Sentence;
}
