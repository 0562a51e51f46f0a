using System.Text.Json;
using KpiDashboard.Web.Components.Charts;
using KpiDashboard.Web.Data;

namespace KpiDashboard.Tests.Charts;

public sealed class ChartJsonTests
{
    private static JsonElement Serialised(ChartConfig config) => JsonDocument.Parse(ChartJson.Serialize(config)).RootElement;

    private static ChartConfig Config(params ChartDataset[] datasets) => new("line",
        new ChartData(["Jun 2020", "Jul 2020", "Aug 2020"], datasets),
        new ChartOptions(new ChartScales(new ChartAxis(), new ChartAxis { BeginAtZero = true }),
            new ChartPlugins(new ChartLegend(true, new LegendLabels(true)), AnnotationOptions.None)),
        MetricUnit.Fte);

    [Fact]
    public void Missing_figures_stay_null_in_the_data_so_Chart_js_draws_gaps()
    {
        var json = Serialised(Config(new ChartDataset("North East", [7.5m, null, 9m])));

        var data = json.GetProperty("data").GetProperty("datasets")[0].GetProperty("data");
        Assert.Equal(JsonValueKind.Null, data[1].ValueKind);
        Assert.Equal(7.5m, data[0].GetDecimal());
        Assert.False(json.GetProperty("options").GetProperty("spanGaps").GetBoolean());
    }

    [Fact]
    public void Options_left_unset_are_left_out_rather_than_sent_as_null()
    {
        var dataset = Serialised(Config(new ChartDataset("North East", [1m, 2m, 3m]))).GetProperty("data").GetProperty("datasets")[0];

        Assert.False(dataset.TryGetProperty("borderDash", out _));
        Assert.False(dataset.TryGetProperty("stack", out _));
    }

    [Fact]
    public void Names_are_camel_case_and_the_unit_is_a_lower_case_word_for_the_JS_formatter()
    {
        var json = Serialised(Config(new ChartDataset("North East", [1m, 2m, 3m]) { PointStyle = "triangle", BorderDash = [8, 4] }));

        Assert.Equal("fte", json.GetProperty("unit").GetString());
        Assert.True(json.GetProperty("options").GetProperty("responsive").GetBoolean());
        Assert.False(json.GetProperty("options").GetProperty("maintainAspectRatio").GetBoolean());
        Assert.True(json.GetProperty("options").GetProperty("plugins").GetProperty("legend").GetProperty("labels").GetProperty("usePointStyle").GetBoolean());
        var dataset = json.GetProperty("data").GetProperty("datasets")[0];
        Assert.Equal("triangle", dataset.GetProperty("pointStyle").GetString());
        Assert.Equal([8, 4], dataset.GetProperty("borderDash").EnumerateArray().Select(e => e.GetInt32()));
    }
}
