namespace KpiDashboard.Tests.Publication;

public sealed class LinearSystemTests
{
    private static LinearExpression K(decimal value) => LinearExpression.Of(value);

    [Fact]
    public void A_quadrant_left_alone_as_c_is_fixed_by_the_total_and_the_other_quadrants()
    {
        var system = new LinearSystem();
        var northEast = system.Unknown("NE");

        // 20 = NE + 10 + 0 + 7
        system.Require(K(20) - northEast - K(10) - K(0) - K(7));

        Assert.Equal(new Fraction(3, 1), system.ValueOf(northEast));
    }

    [Fact]
    public void Two_quadrants_as_c_in_one_total_stay_undetermined_though_their_sum_is_known()
    {
        var system = new LinearSystem();
        var northEast = system.Unknown("NE");
        var southWest = system.Unknown("SW");

        system.Require(K(20) - northEast - K(10) - southWest);

        Assert.False(system.IsDetermined(northEast));
        Assert.False(system.IsDetermined(southWest));
        Assert.Equal(new Fraction(10, 1), system.ValueOf(northEast + southWest));
    }

    [Fact]
    public void A_second_relation_through_another_route_is_found()
    {
        var system = new LinearSystem();
        var a = system.Unknown("a");
        var b = system.Unknown("b");
        var c = system.Unknown("c");

        system.Require(a + b - K(10));
        system.Require(b + c - K(7));
        Assert.False(system.IsDetermined(a));
        system.Require(a - c - K(3));
        Assert.False(system.IsDetermined(a));
        system.Require(c - K(2));

        Assert.Equal(new Fraction(5, 1), system.ValueOf(b));
        Assert.Equal(new Fraction(5, 1), system.ValueOf(a));
    }

    [Fact]
    public void A_share_times_its_denominator_fixes_a_numerator_exactly()
    {
        var system = new LinearSystem();
        var numerator = system.Unknown("n");

        // A share of 37.5% on a denominator of 8.
        system.Require(K(8).Times(new Fraction(3, 8)) - numerator);

        Assert.Equal(new Fraction(3, 1), system.ValueOf(numerator));
    }

    [Fact]
    public void Relations_that_contradict_each_other_are_reported()
    {
        var system = new LinearSystem();
        var a = system.Unknown("a");
        system.Require(a - K(3));

        Assert.Throws<InvalidOperationException>(() => system.Require(a - K(4)));
    }

    [Fact]
    public void Fractions_keep_lowest_terms_and_read_decimals_exactly()
    {
        Assert.Equal(new Fraction(1, 3), new Fraction(-2, -6));
        Assert.Equal(new Fraction(-3, 8), Fraction.From(-0.375m));
        Assert.Equal(new Fraction(1, 1), new Fraction(1, 3) + new Fraction(2, 3));
        Assert.Equal(new Fraction(2, 9), new Fraction(1, 3) / new Fraction(3, 2));
    }
}
