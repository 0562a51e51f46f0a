using KpiDashboard.Web.Components.Faults;
using KpiDashboard.Web.Components.Layout;
using KpiDashboard.Web.Features.Access;
using KpiDashboard.Web.Features.Packs;
using Microsoft.AspNetCore.Components;

namespace KpiDashboard.Web.Features.Present;

public sealed partial class PresentPage(PackService packs, CircuitUser user, ILogger<PresentPage> logger)
{
    [Parameter]
    public int Id { get; set; }

    // Present while the page is rendered on the server, which for this static page is always.
    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    private PackContent? _content;
    private string? _problem;
    private bool _outage;

    /// <summary>The pack view page's rule (<see cref="PackVisibility"/>): readers see published packs, Presenters and Admins drafts too.</summary>
    protected override async Task OnParametersSetAsync()
    {
        try
        {
            _problem = PackVisibility.Refusal(Id, await packs.StatusAsync(Id), await user.MayAsync(Policies.Present));
            _content = _problem is null ? await packs.GetContentAsync(Id) : null;
        }
        catch (Exception e) when (DatabaseOutage.IsOutage(e))
        {
            // Static page: no circuit to retry in, so say so and offer the same address again.
            logger.LogWarning("The database did not answer for presentation {Pack} ({Problem})", Id, e.GetBaseException().Message);
            (_problem, _outage) = (DatabaseOutage.Sentence, true);
            ResponseStatus.SetAsResponseStarts(HttpContext, StatusCodes.Status503ServiceUnavailable);
        }
    }
}
