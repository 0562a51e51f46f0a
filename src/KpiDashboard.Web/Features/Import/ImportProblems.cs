using System.Collections;
using System.Globalization;

namespace KpiDashboard.Web.Features.Import;

/// <summary>
/// The problems found in one file, capped: past <see cref="Max"/> nothing more is kept (one last entry says checking
/// stopped), whoever adds them, so no file can make an answer or a page of unbounded size.
/// </summary>
public sealed class ImportProblems(string fileName, int max = ImportLimits.DefaultMaxErrors) : IReadOnlyList<ImportError>
{
    /// <summary>The column of the last entry when checking stopped at the cap.</summary>
    public const string StoppedColumn = "(limit)";

    private readonly List<ImportError> _problems = [];

    public int Max { get; } = max;

    /// <summary>The cap was reached: readers stop, as nothing more would be kept.</summary>
    public bool IsFull => _problems.Count > Max;

    public int Count => _problems.Count;

    public ImportError this[int index] => _problems[index];

    public void Add(ImportError problem)
    {
        if (_problems.Count < Max)
        {
            _problems.Add(problem);
        }
        else if (_problems.Count == Max)
        {
            _problems.Add(new ImportError(fileName, 0, StoppedColumn, "", string.Create(CultureInfo.InvariantCulture,
                $"Checking stopped after {Max:N0} problems; correct these and upload the file again to see any more")));
        }
    }

    /// <summary>How many problems an analyst is told of: the real ones, not the note that checking stopped.</summary>
    public static int Found(IReadOnlyList<ImportError> problems) =>
        problems.Count > 0 && problems[^1].Column == StoppedColumn ? problems.Count - 1 : problems.Count;

    public IEnumerator<ImportError> GetEnumerator() => _problems.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
