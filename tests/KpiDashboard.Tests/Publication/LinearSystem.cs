namespace KpiDashboard.Tests.Publication;

/// <summary>
/// Exact Gauss-Jordan elimination over rationals: the relations a reader of the public figures can write down
/// (each expression equals 0), and whether they fix an unknown, or a combination of unknowns, to a single value.
/// </summary>
internal sealed class LinearSystem
{
    private readonly Dictionary<object, int> unknowns = [];

    /// <summary>The reduced rows by their pivot: pivot + (other unknowns, none of them a pivot) + constant = 0.</summary>
    private readonly Dictionary<int, LinearExpression> rows = [];

    public int UnknownCount => unknowns.Count;

    public int RelationCount { get; private set; }

    public LinearExpression Unknown(object name)
    {
        if (!unknowns.TryGetValue(name, out var index))
        {
            index = unknowns.Count;
            unknowns.Add(name, index);
        }
        return LinearExpression.Unknown(index);
    }

    /// <summary>Adds the relation <paramref name="expression"/> = 0; a relation the others contradict is a broken test.</summary>
    public void Require(LinearExpression expression)
    {
        var reduced = Reduce(expression);
        if (reduced.IsConstant)
        {
            if (!reduced.Constant.IsZero)
            {
                throw new InvalidOperationException($"The relations contradict each other (0 = {reduced.Constant}).");
            }
            return;
        }
        RelationCount++;
        var pivot = reduced.Terms.Keys.Min();
        var row = reduced.Times(Fraction.One / reduced.Terms[pivot]);
        foreach (var other in rows.Keys.ToList())
        {
            if (rows[other].Terms.TryGetValue(pivot, out var coefficient))
            {
                rows[other] = rows[other].Plus(row, -coefficient);
            }
        }
        rows[pivot] = row;
    }

    /// <summary>The expression's single value if the relations fix it; null while it can still take more than one.</summary>
    public Fraction? ValueOf(LinearExpression expression)
    {
        var reduced = Reduce(expression);
        return reduced.IsConstant ? reduced.Constant : null;
    }

    public bool IsDetermined(LinearExpression expression) => ValueOf(expression) is not null;

    /// <summary>Substitutes every pivot by its row: what is left is in free unknowns only.</summary>
    private LinearExpression Reduce(LinearExpression expression)
    {
        var result = expression;
        foreach (var (pivot, coefficient) in expression.Terms.Where(t => rows.ContainsKey(t.Key)).ToList())
        {
            // The row says pivot = -(rest); rows hold no other pivot, so one pass suffices.
            result = result.Plus(rows[pivot], -coefficient);
        }
        return result;
    }
}
