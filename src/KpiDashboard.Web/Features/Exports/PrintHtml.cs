using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace KpiDashboard.Web.Features.Exports;

/// <summary>
/// Renders the app's own components to an HTML string in this process (Blazor's <see cref="HtmlRenderer"/>), as the
/// page a PDF or a chart picture is printed from.
/// </summary>
public sealed class PrintHtml(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
