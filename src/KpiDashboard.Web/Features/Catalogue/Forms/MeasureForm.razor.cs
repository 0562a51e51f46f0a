using System.Globalization;
using KpiDashboard.Web.Data;
using Microsoft.AspNetCore.Components;

namespace KpiDashboard.Web.Features.Catalogue.Forms;

public sealed partial class MeasureForm
{
    private string? _code, _name, _theme, _definition, _decimals, _lag;
    private string _unit = nameof(MetricUnit.Count), _polarity = nameof(Polarity.HigherIsBetter), _frequency = nameof(ReportingFrequency.Monthly);
    private string _rollup = nameof(Rollup.Sum);
    private bool _suppression;
    private HashSet<PartDraft> _parts = [];
    private List<RuleProblem> _problems = [];
    private bool _focusFirstProblem;
    private CatalogueField? _codeField, _nameField, _themeField, _definitionField, _decimalsField, _lagField;
    private CatalogueSelect? _unitField, _polarityField, _frequencyField, _rollupField;
    private ElementReference _partsField;

    /// <summary>The parts' fieldset, as focus moves to it when they are wrong.</summary>
    public ElementReference PartsElement => _partsField;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The measure as saved; null for a new one.</summary>
    [Parameter]
    public MeasureDraft? Initial { get; set; }

    [Parameter]
    public IReadOnlyList<PartDraft> InitialParts { get; set; } = [];

    /// <summary>The counts a share or ratio may be built from.</summary>
    [Parameter]
    public IReadOnlyList<CatalogueChoice> Counts { get; set; } = [];

    [Parameter]
    public IReadOnlyList<string> Themes { get; set; } = [];

    /// <summary>Why the code cannot be changed (figures exist under it), or null when it can.</summary>
    [Parameter]
    public string? CodeLockedReason { get; set; }

    [Parameter]
    public string SubmitText { get; set; } = "Save the measure";

    /// <summary>Saves the draft and its parts; returns the problems, none when saved.</summary>
    [Parameter, EditorRequired]
    public Func<MeasureDraft, IReadOnlyList<PartDraft>, Task<IReadOnlyList<RuleProblem>>> OnSubmit { get; set; } = default!;

    private string ThemeHint => Themes.Count == 0 ? "The group the measure is listed under."
        : $"The group the measure is listed under, such as {string.Join(", ", Themes.Take(4))}.";

    private string DenominatorWord => _rollup == nameof(Rollup.Share) ? "In the group" : "Denominator";

    private string NumeratorWord => _rollup == nameof(Rollup.Share) ? "Counted by the share" : "Numerator";

    private string PartsHint => _rollup == nameof(Rollup.Share)
        ? "Tick every count in the group (together they are 100%), and the ones this share counts. Only counts that add up (roll-up: sum) can be parts."
        : "Leave empty when each row imported for this measure carries its own numerator and denominator; otherwise tick the counts on each side.";

    protected override void OnInitialized()
    {
        if (Initial is { } m)
        {
            (_code, _name, _theme, _definition) = (m.Code, m.Name, m.Theme, m.Definition);
            (_unit, _polarity, _frequency, _rollup) = (m.Unit.ToString(), m.Polarity.ToString(), m.Frequency.ToString(), m.Rollup.ToString());
            (_decimals, _lag, _suppression) = (Whole(m.Decimals), Whole(m.ReportingLagMonths), m.SmallNumberSuppression);
        }
        else
        {
            (_decimals, _lag) = ("0", "1");
        }

        _parts = [.. InitialParts];
    }

    private string? ErrorFor(string field) =>
        _problems.Where(p => p.Field == field).Select(p => p.Sentence).ToList() is { Count: > 0 } sentences ? string.Join(" ", sentences) : null;

    private static string FieldId(string field) => $"measure-{field}";

    private void Toggle(PartDraft part, ChangeEventArgs e)
    {
        if (e.Value is true)
        {
            _parts.Add(part);
        }
        else
        {
            _parts.Remove(part);
        }
    }

    private async Task SubmitAsync()
    {
        var problems = new List<RuleProblem>();
        var decimals = Number(_decimals, CatalogueFields.Decimals, "Decimal places", problems);
        var lag = Number(_lag, CatalogueFields.ReportingLag, "The reporting lag", problems);
        var rollup = Enum.Parse<Rollup>(_rollup);
        var parts = rollup is Rollup.Share or Rollup.Ratio ? _parts.ToList() : [];
        if (problems.Count == 0)
        {
            var draft = new MeasureDraft(_code ?? "", _name ?? "", _theme ?? "", _definition ?? "", Enum.Parse<MetricUnit>(_unit), decimals,
                Enum.Parse<Polarity>(_polarity), Enum.Parse<ReportingFrequency>(_frequency), lag, _suppression, rollup);
            problems.AddRange(await OnSubmit(draft, parts));
        }

        _problems = problems;
        _focusFirstProblem = problems.Count > 0;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!_focusFirstProblem)
        {
            return;
        }

        _focusFirstProblem = false;
        var first = _problems[0].Field;
        Func<ValueTask>? focus = first switch
        {
            CatalogueFields.Code => _codeField is { } f ? f.FocusAsync : null,
            CatalogueFields.Name => _nameField is { } f ? f.FocusAsync : null,
            CatalogueFields.Theme => _themeField is { } f ? f.FocusAsync : null,
            CatalogueFields.Definition => _definitionField is { } f ? f.FocusAsync : null,
            CatalogueFields.Unit => _unitField is { } s ? s.FocusAsync : null,
            CatalogueFields.Decimals => _decimalsField is { } f ? f.FocusAsync : null,
            CatalogueFields.Polarity => _polarityField is { } s ? s.FocusAsync : null,
            CatalogueFields.Frequency => _frequencyField is { } s ? s.FocusAsync : null,
            CatalogueFields.ReportingLag => _lagField is { } f ? f.FocusAsync : null,
            CatalogueFields.Rollup => _rollupField is { } s ? s.FocusAsync : null,
            CatalogueFields.Parts when _partsField.Context is not null => () => _partsField.FocusAsync(),
            _ => null,
        };
        if (focus is not null)
        {
            await focus();
        }
    }

    private static int Number(string? text, string field, string what, List<RuleProblem> problems)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add(new RuleProblem(field, $"{what} must be a whole number, such as 1."));
        return 0;
    }

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);
}
