using KpiDashboard.Web.Data;
using KpiDashboard.Web.Features.Catalogue;

namespace KpiDashboard.Tests.Catalogue;

public sealed class AreaRulesTests
{
    private static readonly AreaEntry[] Surrey =
    [
        new("SCC", "Surrey", AreaKind.Authority, null),
        new("NE", "North East", AreaKind.Quadrant, "SCC"),
        new("NW", "North West", AreaKind.Quadrant, "SCC"),
        new("SE", "South East", AreaKind.Quadrant, "SCC"),
        new("SW", "South West", AreaKind.Quadrant, "SCC"),
        new("GU", "Guildford", AreaKind.Locality, "SW"),
    ];

    private static RuleProblem Single(IReadOnlyList<RuleProblem> problems) => Assert.Single(problems);

    [Fact]
    public void A_fifth_quadrant_under_the_authority_is_accepted() =>
        Assert.Empty(AreaRules.ProblemsWithNew(new("CEN", "Central", AreaKind.Quadrant, "SCC"), Surrey));

    [Fact]
    public void A_locality_under_a_quadrant_is_accepted() =>
        Assert.Empty(AreaRules.ProblemsWithNew(new("WOK", "Woking", AreaKind.Locality, "NW"), Surrey));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_code_is_required(string code) =>
        Assert.Equal(new RuleProblem("Code", "An area needs a code, such as NE."),
            Single(AreaRules.ProblemsWithNew(new(code, "Central", AreaKind.Quadrant, "SCC"), Surrey)));

    [Theory]
    [InlineData("ne")]
    [InlineData("N E")]
    [InlineData("1NE")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    public void A_code_is_capital_letters_digits_or_hyphens(string code) =>
        Assert.Equal(new RuleProblem("Code", $"An area's code is 1 to 20 capital letters, digits or hyphens, starting with a letter, such as NE; '{code}' is not."),
            Single(AreaRules.ProblemsWithNew(new(code, "Central", AreaKind.Quadrant, "SCC"), Surrey)));

    [Fact]
    public void A_code_already_used_is_refused() =>
        Assert.Equal(new RuleProblem("Code", "The code NE is already used by North East."),
            Single(AreaRules.ProblemsWithNew(new("NE", "Central", AreaKind.Quadrant, "SCC"), Surrey)));

    [Fact]
    public void The_code_of_an_area_with_figures_cannot_change() =>
        Assert.Equal(new RuleProblem("Code", "The code NE already has figures and cannot change."),
            Single(AreaRules.ProblemsWithChange("NE", new("NEX", "North East", AreaKind.Quadrant, "SCC"), Surrey, currentHasFigures: true)));

    [Fact]
    public void The_code_of_an_area_without_figures_can_change() =>
        Assert.Empty(AreaRules.ProblemsWithChange("NE", new("NEX", "North East", AreaKind.Quadrant, "SCC"), Surrey, currentHasFigures: false));

    [Fact]
    public void Renaming_an_area_with_figures_keeping_its_code_is_accepted() =>
        Assert.Empty(AreaRules.ProblemsWithChange("NE", new("NE", "North Eastern", AreaKind.Quadrant, "SCC"), Surrey, currentHasFigures: true));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_name_is_required(string name) =>
        Assert.Equal(new RuleProblem("Name", "An area needs a name, such as North East."),
            Single(AreaRules.ProblemsWithNew(new("CEN", name, AreaKind.Quadrant, "SCC"), Surrey)));

    [Fact]
    public void A_name_is_at_most_100_characters() =>
        Assert.Equal(new RuleProblem("Name", "An area's name can be at most 100 characters; this one has 101."),
            Single(AreaRules.ProblemsWithNew(new("CEN", new string('x', 101), AreaKind.Quadrant, "SCC"), Surrey)));

    [Fact]
    public void A_name_already_used_is_refused() =>
        Assert.Equal(new RuleProblem("Name", "The name north east is already used by area NE."),
            Single(AreaRules.ProblemsWithNew(new("CEN", "north east", AreaKind.Quadrant, "SCC"), Surrey)));

    [Fact]
    public void The_parent_must_exist() =>
        Assert.Equal(new RuleProblem("ParentCode", "There is no area with the code XX to be the parent."),
            Single(AreaRules.ProblemsWithNew(new("CEN", "Central", AreaKind.Quadrant, "XX"), Surrey)));

    [Fact]
    public void An_authority_has_no_parent() =>
        Assert.Equal(new RuleProblem("ParentCode", "An authority has no parent: leave the parent empty."),
            Single(AreaRules.ProblemsWithChange("SCC", new("SCC", "Surrey", AreaKind.Authority, "NE"), Surrey, currentHasFigures: true)));

    [Fact]
    public void A_second_authority_is_refused() =>
        Assert.Equal(new RuleProblem("ParentCode", "There is already an authority, Surrey (SCC); a quadrant or locality needs a parent."),
            Single(AreaRules.ProblemsWithNew(new("HCC", "Hampshire", AreaKind.Authority, null), Surrey)));

    [Fact]
    public void A_quadrant_needs_a_parent() =>
        Assert.Equal(new RuleProblem("ParentCode", "A quadrant needs a parent: the authority it is part of."),
            Single(AreaRules.ProblemsWithNew(new("CEN", "Central", AreaKind.Quadrant, null), Surrey)));

    [Fact]
    public void A_quadrants_parent_is_the_authority() =>
        Assert.Equal(new RuleProblem("ParentCode", "A quadrant's parent must be the authority; South East (SE) is a quadrant."),
            Single(AreaRules.ProblemsWithNew(new("CEN", "Central", AreaKind.Quadrant, "SE"), Surrey)));

    [Fact]
    public void A_localitys_parent_is_a_quadrant() =>
        Assert.Equal(new RuleProblem("ParentCode", "A locality's parent must be a quadrant; Surrey (SCC) is an authority."),
            Single(AreaRules.ProblemsWithNew(new("WOK", "Woking", AreaKind.Locality, "SCC"), Surrey)));

    [Fact]
    public void An_area_cannot_be_inside_itself() =>
        Assert.Equal(new RuleProblem("ParentCode", "North East cannot be inside itself."),
            Single(AreaRules.ProblemsWithChange("NE", new("NE", "North East", AreaKind.Quadrant, "NE"), Surrey, currentHasFigures: true)));

    [Fact]
    public void An_area_cannot_be_inside_an_area_already_inside_it()
    {
        AreaEntry[] areas = [.. Surrey, new("NEL", "North East locality", AreaKind.Locality, "NE")];

        Assert.Equal(new RuleProblem("ParentCode", "North East cannot be inside North East locality: North East locality is already inside North East."),
            Single(AreaRules.ProblemsWithChange("NE", new("NE", "North East", AreaKind.Quadrant, "NEL"), areas, currentHasFigures: true)));
    }

    [Fact]
    public void A_cycle_is_named_even_when_the_kinds_would_allow_it()
    {
        AreaEntry[] areas =
        [
            new("SCC", "Surrey", AreaKind.Authority, null),
            new("NE", "North East", AreaKind.Quadrant, "SCC"),
            new("SE", "South East", AreaKind.Locality, "NE"),
        ];

        Assert.Equal(new RuleProblem("ParentCode", "North East cannot be inside South East: South East is already inside North East."),
            Single(AreaRules.ProblemsWithChange("NE", new("NE", "North East", AreaKind.Locality, "SE"), areas, currentHasFigures: true)
                .Where(p => p.Field == "ParentCode").ToList()));
    }

    [Fact]
    public void A_quadrant_with_localities_inside_cannot_become_a_locality() =>
        Assert.Contains(new RuleProblem("Kind", "South West cannot be a locality: Guildford (GU), a locality, is inside it."),
            AreaRules.ProblemsWithChange("SW", new("SW", "South West", AreaKind.Locality, "NE"), Surrey, currentHasFigures: true));

    [Fact]
    public void Re_parenting_a_locality_to_another_quadrant_is_accepted() =>
        Assert.Empty(AreaRules.ProblemsWithChange("GU", new("GU", "Guildford", AreaKind.Locality, "SE"), Surrey, currentHasFigures: true));

    [Fact]
    public void Several_problems_are_each_named_by_field()
    {
        var problems = AreaRules.ProblemsWithNew(new("ne", "", AreaKind.Locality, "XX"), Surrey);

        Assert.Equal(["Code", "Name", "ParentCode"], problems.Select(p => p.Field));
    }
}
