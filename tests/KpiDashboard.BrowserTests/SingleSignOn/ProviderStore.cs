using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.BrowserTests.SingleSignOn;

/// <summary>The test provider's own database (OpenIddict's applications, authorizations and tokens), on the test cluster.</summary>
public sealed class ProviderStore(DbContextOptions<ProviderStore> options) : DbContext(options);
