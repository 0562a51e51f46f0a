using KpiDashboard.Web.Components;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Data;
using Microsoft.AspNetCore.Components;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// The pack builder: details, slides (add, edit, remove, reorder), a preview of each slide through
/// <see cref="PackSlideView"/>, publishing and rolling forward. Every action asks at the click whether the user may present.
/// </summary>
public sealed partial class PackBuilderPage
{
    private sealed record Model(PackOutline? Outline, PackContent? Content, PackChoices Choices);

    [Inject]
    private PackService Packs { get; set; } = default!;

    [Inject]
    private CircuitUser User { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private PrerenderedViews Prerendered { get; set; } = default!;

    [Parameter]
    public int Id { get; set; }

    [PersistentState]
    public string? PrerenderTicket { get; set; }

    private Model? _model;
    private int? _loadedFor;
    private string? _problem;
    private string? _title;
    private string? _meeting;
    private string? _month;
    private int? _selected;
    private SlideInput? _form;
    private int? _editing;
    private string? _formProblem;
    private bool _confirmPublish;
    private PackSlideLook _look = PackSlideLook.Screen;

    private PackSlideContent? SelectedContent => _model?.Content?.Slides.FirstOrDefault(s => s.SlideId == _selected);

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor == Id)
        {
            return;
        }

        // Marked before loading: parameters can be set again while the load runs, and must not start a second one.
        var first = _loadedFor is null;
        (_loadedFor, _selected, _form, _problem) = (Id, null, null, null);
        var view = PrerenderedViews.ViewKey("pack-builder", Id);
        _model = first && Prerendered.TryTake(PrerenderTicket, view, out Model? kept) && kept is not null ? kept : await LoadAsync();
        if (!RendererInfo.IsInteractive)
        {
            PrerenderTicket = Prerendered.Keep(view, _model);
        }

        ShowDetails();
        _selected ??= _model.Outline?.Slides is [var opening, ..] ? opening.Id : null;
    }

    private async Task<Model> LoadAsync()
    {
        var outline = await Packs.GetOutlineAsync(Id);
        var content = outline is { Status: PackStatus.Draft } ? await Packs.GetContentAsync(Id) : null;
        return new Model(outline, content, await Packs.ChoicesAsync());
    }

    private async Task ReloadAsync()
    {
        _model = await LoadAsync();
        if (_model.Outline?.Slides.All(s => s.Id != _selected) == true)
        {
            _selected = _model.Outline.Slides is [var first, ..] ? first.Id : null;
        }
    }

    private void ShowDetails()
    {
        if (_model?.Outline is { } outline)
        {
            (_title, _meeting, _month) = (outline.Title, PackWords.DateValue(outline.MeetingDate), PackWords.MonthValue(outline.ReportingMonth));
        }
    }

    private (string Kind, string Title) Describe(PackSlideOutline slide)
    {
        // By id: the list may draw the slides it had while the page reloads them after a change.
        var title = _model?.Content?.Slides.FirstOrDefault(s => s.SlideId == slide.Id)?.Title ?? slide.Input.Title ?? PackWords.Kind(slide.Kind);
        var kind = slide.Input.View is { } view && slide.Kind == PackSlideKind.MeasureChart
            ? $"{PackWords.Kind(slide.Kind)}: {PackWords.View(view)}" : PackWords.Kind(slide.Kind);
        return (kind, title);
    }

    /// <summary>Runs a change if the user may present now, then reloads; returns the refusal or problem, or null.</summary>
    private async Task<string?> ChangeAsync(Func<Actor, Task<PackChange>> change)
    {
        if (await User.ActorIfAllowedAsync(Policies.Present) is not { } actor)
        {
            return CircuitUser.Refusal(Policies.Present);
        }

        var made = await change(actor);
        if (made.Made)
        {
            await ReloadAsync();
        }

        return made.Problem;
    }

    private async Task SaveDetailsAsync()
    {
        var meeting = PackWords.ReadDate(_meeting);
        var month = PackWords.ReadMonth(_month);
        _problem = !string.IsNullOrWhiteSpace(_meeting) && meeting is null ? $"The meeting date must be a date such as 2020-09-21; '{_meeting}' is not."
            : !string.IsNullOrWhiteSpace(_month) && month is null ? $"The reporting month must be written YYYY-MM, such as 2020-07; '{_month}' is not."
            : await ChangeAsync(actor => Packs.UpdateDetailsAsync(Id, _title, meeting, month, actor));
        if (_problem is null)
        {
            ShowDetails();
        }
    }

    private async Task SetForPublicationAsync(ChangeEventArgs change) =>
        _problem = await ChangeAsync(actor => Packs.SetForPublicationAsync(Id, change.Value is true, actor));

    private void StartAdding()
    {
        (_form, _editing, _formProblem) = (new SlideInput(PackSlideKind.MeasureChart) { AreaCode = _model?.Choices.Areas is [var area, ..] ? area.Code : null }, null, null);
    }

    private void Edit(int slideId)
    {
        if (_model?.Outline?.Slides.FirstOrDefault(s => s.Id == slideId) is { } slide)
        {
            (_form, _editing, _formProblem, _selected) = (slide.Input, slide.Id, null, slide.Id);
        }
    }

    private async Task SaveSlideAsync(SlideInput input)
    {
        var before = _model?.Outline?.Slides.Select(s => s.Id).ToHashSet() ?? [];
        _formProblem = await ChangeAsync(actor => _editing is { } id ? Packs.UpdateSlideAsync(Id, id, input, actor) : Packs.AddSlideAsync(Id, input, actor));
        if (_formProblem is null)
        {
            _selected = _editing ?? _model?.Outline?.Slides.FirstOrDefault(s => !before.Contains(s.Id))?.Id ?? _selected;
            (_form, _editing) = (null, null);
        }
    }

    private async Task RemoveAsync(int slideId) => _problem = await ChangeAsync(actor => Packs.RemoveSlideAsync(Id, slideId, actor));

    private async Task<string?> MoveAsync(int slideId, int position)
    {
        _problem = await ChangeAsync(actor => Packs.MoveSlideAsync(Id, slideId, position, actor));
        // Called by the list (a delegate, not an event callback, as it returns the outcome): redraw the page with the new order.
        StateHasChanged();
        return _problem;
    }

    private async Task PublishAsync()
    {
        _confirmPublish = false;
        if (await User.ActorIfAllowedAsync(Policies.Present) is not { } actor)
        {
            _problem = CircuitUser.Refusal(Policies.Present);
            return;
        }

        var made = await Packs.PublishAsync(Id, actor);
        _problem = made.Problem;
        if (made.Made)
        {
            Navigation.NavigateTo($"/packs/{Id}");
        }
    }

    private async Task RollForwardAsync()
    {
        if (await User.ActorIfAllowedAsync(Policies.Present) is not { } actor)
        {
            _problem = CircuitUser.Refusal(Policies.Present);
            return;
        }

        var made = await Packs.RollForwardAsync(Id, actor);
        _problem = made.Problem;
        if (made.Id is { } id)
        {
            Navigation.NavigateTo($"/packs/{id}/edit");
        }
    }
}
