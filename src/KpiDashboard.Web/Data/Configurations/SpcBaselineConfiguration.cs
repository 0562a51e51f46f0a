using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class SpcBaselineConfiguration : IEntityTypeConfiguration<SpcBaseline>
{
    public void Configure(EntityTypeBuilder<SpcBaseline> builder)
    {
        builder.ToTable("spc_baselines", t => t.HasCheckConstraint("ck_spc_baselines_months",
            "extract(day from first_month) = 1 and extract(day from last_month) = 1 and last_month >= first_month"));
        builder.HasIndex(b => new { b.MetricId, b.AreaId }).IsUnique().AreNullsDistinct(false);
        builder.HasOne<Metric>().WithMany().HasForeignKey(b => b.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Area>().WithMany().HasForeignKey(b => b.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}
