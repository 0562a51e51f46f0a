namespace KpiDashboard.Tests.Publication;

/// <summary>A sum of unknowns times exact coefficients, plus a constant.</summary>
internal sealed class LinearExpression
{
    private LinearExpression(Dictionary<int, Fraction> terms, Fraction constant)
    {
        Terms = terms;
        Constant = constant;
    }

    public IReadOnlyDictionary<int, Fraction> Terms { get; }
    public Fraction Constant { get; }

    public bool IsConstant => Terms.Count == 0;

    public static LinearExpression Of(Fraction constant) => new([], constant);

    public static LinearExpression Of(decimal constant) => Of(Fraction.From(constant));

    public static LinearExpression Unknown(int index) => new(new() { [index] = Fraction.One }, Fraction.Zero);

    public static LinearExpression Sum(IEnumerable<LinearExpression> expressions) => expressions.Aggregate(Of(Fraction.Zero), (a, b) => a + b);

    public static LinearExpression operator +(LinearExpression a, LinearExpression b) => a.Plus(b, Fraction.One);

    public static LinearExpression operator -(LinearExpression a, LinearExpression b) => a.Plus(b, -Fraction.One);

    /// <summary>This plus <paramref name="factor"/> times the other.</summary>
    public LinearExpression Plus(LinearExpression other, Fraction factor)
    {
        var terms = new Dictionary<int, Fraction>(Terms);
        foreach (var (index, coefficient) in other.Terms)
        {
            var sum = terms.GetValueOrDefault(index, Fraction.Zero) + coefficient * factor;
            if (sum.IsZero)
            {
                terms.Remove(index);
            }
            else
            {
                terms[index] = sum;
            }
        }
        return new LinearExpression(terms, Constant + other.Constant * factor);
    }

    public LinearExpression Times(Fraction factor) => Of(Fraction.Zero).Plus(this, factor);
}
