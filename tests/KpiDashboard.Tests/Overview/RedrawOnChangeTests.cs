using Bunit;
using KpiDashboard.Web.Features.Overview;
using Microsoft.AspNetCore.Components;

namespace KpiDashboard.Tests.Overview;

public sealed class RedrawOnChangeTests : BunitContext
{
    private static RenderFragment Shows(string text) => builder => builder.AddContent(0, text);

    [Fact]
    public void The_content_is_drawn_again_only_when_the_key_changes()
    {
        var cut = Render<RedrawOnChange>(p => p.Add(r => r.Key, ("NE", "NE=North East")).Add(r => r.ChildContent, Shows("North East")));

        cut.Render(p => p.Add(r => r.Key, ("NE", "NE=North East")).Add(r => r.ChildContent, Shows("stale")));
        Assert.Equal(1, cut.RenderCount);
        Assert.Equal("North East", cut.Markup);

        cut.Render(p => p.Add(r => r.Key, ("SE", "NE=North East")).Add(r => r.ChildContent, Shows("South East")));
        Assert.Equal(2, cut.RenderCount);
        Assert.Equal("South East", cut.Markup);
    }
}
