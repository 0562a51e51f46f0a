using Bunit;
using KpiDashboard.Web.Components.Input;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace KpiDashboard.Tests.Components;

public sealed class NativeSelectTests : BunitContext
{
    private static readonly string[] Areas = ["SCC=Surrey", "NE=North East", "NW=North West"];

    private static void AreaChooser(ComponentParameterCollectionBuilder<NativeSelect<string>> p, string? value, Action<string>? chosen = null) => p
        .Add(s => s.Id, "area-select")
        .Add(s => s.Label, "Area")
        .Add(s => s.Items, Areas)
        .Add(s => s.Value, value)
        .Add(s => s.ItemValue, a => a.Split('=')[0])
        .Add(s => s.ItemText, a => a.Split('=')[1])
        .Add(s => s.OnChoose, chosen ?? (_ => { }));

    [Fact]
    public void Its_label_names_the_select_and_each_item_is_an_option_element()
    {
        var cut = Render<NativeSelect<string>>(p => AreaChooser(p, "NE"));

        Assert.Equal("area-select", cut.Find("label").GetAttribute("for"));
        Assert.Equal("Area", cut.Find("label").TextContent);
        Assert.Equal("area-select", cut.Find("select").Id);
        Assert.Equal(
            [("SCC", "Surrey"), ("NE", "North East"), ("NW", "North West")],
            cut.FindAll("option").Select(o => (o.GetAttribute("value"), o.TextContent)));
    }

    [Fact]
    public void Choosing_an_option_hands_over_its_item()
    {
        var chosen = new List<string>();
        var cut = Render<NativeSelect<string>>(p => AreaChooser(p, "SCC", chosen.Add));

        cut.Find("select").Change("NW");

        Assert.Equal(["NW=North West"], chosen);
    }

    [Fact]
    public void A_value_that_is_not_among_the_items_shows_an_empty_field()
    {
        var cut = Render<NativeSelect<string>>(p => AreaChooser(p, null));

        var first = cut.Find("option");
        Assert.Equal(("", true), (first.GetAttribute("value"), first.HasAttribute("disabled")));
        Assert.Equal(4, cut.FindAll("option").Count);
    }

    [Fact]
    public async Task The_prerendered_page_marks_the_chosen_option()
    {
        // Blazor's own HTML renderer, as the prerender uses it: the page shows the choice before the circuit starts.
        await using var renderer = new HtmlRenderer(new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(NativeSelect<string>.Id)] = "area-select",
                [nameof(NativeSelect<string>.Label)] = "Area",
                [nameof(NativeSelect<string>.Items)] = Areas,
                [nameof(NativeSelect<string>.Value)] = "NE",
                [nameof(NativeSelect<string>.ItemValue)] = (Func<string, string>)(a => a.Split('=')[0]),
                [nameof(NativeSelect<string>.ItemText)] = (Func<string, string>)(a => a.Split('=')[1]),
            });
            return (await renderer.RenderComponentAsync<NativeSelect<string>>(parameters)).ToHtmlString();
        });

        Assert.Contains("<option value=\"NE\" selected>North East</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<option value=\"SCC\" selected", html, StringComparison.Ordinal);
    }
}
