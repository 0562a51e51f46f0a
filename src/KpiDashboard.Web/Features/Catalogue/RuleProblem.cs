namespace KpiDashboard.Web.Features.Catalogue;

/// <summary>
/// One reason a catalogue change cannot be made: the field it concerns, so a form can point at its input and a file import
/// at its column (measures, roll-ups and targets name the catalogue file's column; areas, comparators and baselines their
/// entry's property, which the import maps to its column), and a sentence that says what is wrong. Every catalogue rule
/// answers with these.
/// </summary>
public sealed record RuleProblem(string Field, string Sentence)
{
    public override string ToString() => Sentence;
}
