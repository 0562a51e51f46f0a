using KpiDashboard.Web.Features.Access;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Data;

/// <summary>The figures and catalogue, and beside them the accounts (ASP.NET Core Identity), API keys, audit log and data-protection keys.</summary>
public sealed class KpiDbContext(DbContextOptions<KpiDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<Metric> Metrics => Set<Metric>();
    public DbSet<MetricTarget> MetricTargets => Set<MetricTarget>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<ObservationRevision> ObservationRevisions => Set<ObservationRevision>();
    public DbSet<Annotation> Annotations => Set<Annotation>();
    public DbSet<ImportBatch> Imports => Set<ImportBatch>();
    public DbSet<EffectiveFigure> Figures => Set<EffectiveFigure>();
    public DbSet<SpcSetting> SpcSettings => Set<SpcSetting>();
    public DbSet<SpcRecalculationPoint> SpcRecalculations => Set<SpcRecalculationPoint>();
    public DbSet<Commentary> Commentaries => Set<Commentary>();
    public DbSet<Benchmark> Benchmarks => Set<Benchmark>();
    public DbSet<Comparator> Comparators => Set<Comparator>();
    public DbSet<RollupPart> RollupParts => Set<RollupPart>();
    public DbSet<SpcBaseline> SpcBaselines => Set<SpcBaseline>();
    public DbSet<PackFile> PackFiles => Set<PackFile>();
    public DbSet<Pack> Packs => Set<Pack>();
    public DbSet<PackSlide> PackSlides => Set<PackSlide>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        Configurations.IdentityTableNames.Apply(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KpiDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the raw SQL of the importer and ad-hoc queries stay readable.
        configurationBuilder.Properties<AreaKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<MetricUnit>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Polarity>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Rollup>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ObservationStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ReportingFrequency>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PartRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ImportStatus>().HaveConversion<string>().HaveMaxLength(20);
    }
}
