using Bunit;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;
using Microsoft.JSInterop;

namespace KpiDashboard.Tests.Charts;

/// <summary>The chart component against a strict mock of its JS module: every call it makes is checked.</summary>
public sealed class KpiChartTests : BunitContext
{
    private readonly BunitJSModuleInterop _module;

    public KpiChartTests()
    {
        _module = JSInterop.SetupModule("./Components/Charts/KpiChart.razor.js");
        _module.SetupVoid("render", _ => true).SetVoidResult();
        _module.SetupVoid("destroy", _ => true).SetVoidResult();
    }

    private static ChartConfig Config(string label) => new("line",
        new ChartData(["Jun 2020"], [new ChartDataset(label, [29.2m])]),
        new ChartOptions(new ChartScales(new ChartAxis(), new ChartAxis()), new ChartPlugins(new ChartLegend(true, new LegendLabels(false)), AnnotationOptions.None)),
        MetricUnit.Percent);

    private IRenderedComponent<KpiChart> RenderChart(ChartConfig config) => Render<KpiChart>(p => p
        .Add(c => c.Config, config)
        .Add(c => c.Kind, "trend")
        .Add(c => c.Description, "North East fell from 34% to 29%."));

    [Fact]
    public void The_first_render_imports_the_module_and_draws_the_serialised_config_on_the_canvas()
    {
        var config = Config("North East");

        var cut = RenderChart(config);

        var call = _module.VerifyInvoke("render");
        Assert.Equal(ChartJson.Serialize(config), call.Arguments[1]);
        Assert.IsType<Microsoft.AspNetCore.Components.ElementReference>(call.Arguments[0]);
        Assert.Equal("North East fell from 34% to 29%.", cut.Find("canvas").GetAttribute("aria-label"));
        Assert.Equal("img", cut.Find("canvas").GetAttribute("role"));
    }

    [Fact]
    public void A_new_config_redraws_the_chart_and_an_unchanged_one_does_not()
    {
        var cut = RenderChart(Config("North East"));

        cut.Render(p => p.Add(c => c.Description, "Same chart, new words."));
        _module.VerifyInvoke("render", calledTimes: 1);

        var southWest = Config("South West");
        cut.Render(p => p.Add(c => c.Config, southWest));
        var calls = _module.VerifyInvoke("render", calledTimes: 2);
        Assert.Equal(ChartJson.Serialize(southWest), calls[1].Arguments[1]);
    }

    [Fact]
    public async Task Disposing_the_component_destroys_its_chart()
    {
        RenderChart(Config("North East"));

        await DisposeComponentsAsync();

        _module.VerifyInvoke("destroy");
    }

    [Fact]
    public async Task Disposing_after_the_circuit_has_gone_does_not_throw()
    {
        var context = new BunitContext();
        var module = context.JSInterop.SetupModule("./Components/Charts/KpiChart.razor.js");
        module.SetupVoid("render", _ => true).SetVoidResult();
        module.SetupVoid("destroy", _ => true).SetException(new JSDisconnectedException("The circuit has gone."));
        context.Render<KpiChart>(p => p.Add(c => c.Config, Config("North East")).Add(c => c.Kind, "trend").Add(c => c.Description, "x"));

        var disposal = await Record.ExceptionAsync(async () => await context.DisposeComponentsAsync());

        Assert.Null(disposal);
        module.VerifyInvoke("destroy");
        await context.DisposeAsync();
    }
}
