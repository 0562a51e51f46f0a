using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class SpcSettingConfiguration : IEntityTypeConfiguration<SpcSetting>
{
    public void Configure(EntityTypeBuilder<SpcSetting> builder)
    {
        builder.HasKey(s => s.MetricId);
        builder.HasOne<Metric>().WithOne().HasForeignKey<SpcSetting>(s => s.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_spc_settings_shift_length", "shift_length in (6, 7)");
            t.HasCheckConstraint("ck_spc_settings_trend_length", "trend_length in (6, 7)");
        });
    }
}
