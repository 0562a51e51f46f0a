using KpiDashboard.Web.Components;

namespace KpiDashboard.Tests.Components;

public sealed class PrerenderedViewsTests
{
    [Fact]
    public void What_the_prerender_kept_is_taken_once_by_the_same_view()
    {
        using var views = new PrerenderedViews();
        var view = PrerenderedViews.ViewKey("NE", "2020-06");
        var ticket = views.Keep(view, "figures for NE, June 2020");

        Assert.True(views.TryTake(ticket, view, out string? first));
        Assert.Equal("figures for NE, June 2020", first);
        Assert.False(views.TryTake(ticket, view, out string? _));
    }

    [Fact]
    public void Another_view_with_the_same_ticket_queries_for_itself()
    {
        using var views = new PrerenderedViews();
        var ticket = views.Keep(PrerenderedViews.ViewKey("NE", "2020-06"), "figures for NE");

        Assert.False(views.TryTake(ticket, PrerenderedViews.ViewKey("SCC", "2020-06"), out string? _));
        Assert.False(views.TryTake(ticket, PrerenderedViews.ViewKey("NE", "2020-06"), out int _));
    }

    [Fact]
    public void A_page_that_found_nothing_hands_over_the_nothing()
    {
        using var views = new PrerenderedViews();
        var view = PrerenderedViews.ViewKey("unknown-measure", null, null, null);
        var ticket = views.Keep<string?>(view, null);

        Assert.True(views.TryTake(ticket, view, out string? kept));
        Assert.Null(kept);
    }

    [Fact]
    public void No_ticket_or_an_unknown_one_takes_nothing()
    {
        using var views = new PrerenderedViews();

        Assert.False(views.TryTake(null, "", out string? _));
        Assert.False(views.TryTake("00112233445566778899AABBCCDDEEFF", "", out string? _));
    }
}
