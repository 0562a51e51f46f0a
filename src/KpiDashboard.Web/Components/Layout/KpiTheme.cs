using MudBlazor;

namespace KpiDashboard.Web.Components.Layout;

/// <summary>
/// The app's palette: dark enough for text contrast of 4.5:1 and non-text contrast of 3:1 on white,
/// and a system font stack (no web fonts: the app must work offline).
/// </summary>
public static class KpiTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f8c",
            Secondary = "#5b3a8c",
            AppbarBackground = "#1d4f8c",
            Background = "#f5f6f8",
            TextPrimary = "#0b0c0c",
            TextSecondary = "#454a4f",
            Info = "#1d4f8c",
            Success = "#00703c",
            Error = "#b3261e",
            Warning = "#8a4b00",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
