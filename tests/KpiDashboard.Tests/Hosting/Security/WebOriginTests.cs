using KpiDashboard.Web.Hosting.Security;

namespace KpiDashboard.Tests.Hosting.Security;

public sealed class WebOriginTests
{
    [Theory]
    [InlineData("https://kpi.council.example", "https://kpi.council.example")]
    [InlineData("HTTPS://KPI.Council.example:443/", "https://kpi.council.example")]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080")]
    [InlineData("http://[::1]:5080", "http://[::1]:5080")]
    public void An_origin_is_written_one_way(string text, string expected) => Assert.Equal(expected, WebOrigin.Normalise(text));

    [Theory]
    [InlineData("null")]
    [InlineData("kpi.council.example")]
    [InlineData("https://kpi.council.example/dashboard")]
    [InlineData("https://kpi.council.example?x=1")]
    [InlineData("https://someone@kpi.council.example")]
    [InlineData("ftp://kpi.council.example")]
    [InlineData("")]
    public void Anything_else_is_not_an_origin(string text) => Assert.Null(WebOrigin.Normalise(text));
}
