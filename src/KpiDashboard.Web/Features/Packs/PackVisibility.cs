using KpiDashboard.Web.Data;

namespace KpiDashboard.Web.Features.Packs;

/// <summary>
/// Who may read a pack: any reader a published one; a draft only Presenters and Admins. To anyone else a draft is
/// answered as not found, so that its existence does not leak. The pack page, presentation mode, the read API and the
/// pack export endpoints all ask this.
/// </summary>
public static class PackVisibility
{
    /// <returns>Null when the pack may be shown; otherwise the sentence that says why it is not.</returns>
    public static string? Refusal(int packId, PackStatus? status, bool mayPresent) => status switch
    {
        null => $"There is no pack {packId}.",
        PackStatus.Draft when !mayPresent => $"There is no published pack {packId}: drafts are open to Presenters and Admins only.",
        _ => null,
    };
}
