using KpiDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiDashboard.BrowserTests.NotFound;

/// <summary>A page whose address names nothing answers 404 and keeps saying what is missing once the circuit runs it.</summary>
[Collection(RunningApp.Name)]
public sealed class NotFoundPageTests(AppServer app)
{
    [Theory]
    [InlineData("/kpi/unknown", "Measure not found", "There is no measure with the code 'unknown'. Back to the overview.")]
    [InlineData("/imports/999", "Import not found", "There is no import 999. See all imports.")]
    [InlineData("/no-such-page", "Page not found", "There is no page at this address. Go to the overview.")]
    public async Task The_sentence_is_answered_with_404_and_still_shown_after_the_circuit_starts(string path, string heading, string sentence)
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.NewPageAsync();
        // Chromium reports the page's own 404 as a console error; that one is the answer under test, any other is a fault.
        var ownStatus = $"{new Uri(app.BaseAddress, path)}:";
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !(message.Location.StartsWith(ownStatus, StringComparison.Ordinal) && message.Text.Contains("status of 404", StringComparison.Ordinal)))
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        var response = await page.GotoAsync(path);
        await Expect(page.Locator("main[data-interactive=true]")).ToBeAttachedAsync();

        Assert.Equal(404, response?.Status);
        await Expect(page.PageHeading()).ToHaveTextAsync(heading);
        await Expect(page.GetByTestId("not-found")).ToHaveTextAsync(sentence);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Following_a_link_to_an_unknown_measure_inside_the_app_shows_its_sentence()
    {
        await using var context = await app.NewBrowserContextAsync();
        var page = await context.OpenInteractiveAsync("/imports/999");

        await page.EvaluateAsync("() => Blazor.navigateTo('/kpi/unknown')");

        await Expect(page.PageHeading()).ToHaveTextAsync("Measure not found");
        await Expect(page.GetByTestId("not-found")).ToHaveTextAsync("There is no measure with the code 'unknown'. Back to the overview.");
    }
}
