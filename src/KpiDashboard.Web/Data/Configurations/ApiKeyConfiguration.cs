using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Name).HasMaxLength(ApiKeyRules.MaxNameLength);
        builder.Property(k => k.Prefix).HasMaxLength(ApiKeyRules.PrefixLength);
        builder.Property(k => k.Hash).HasMaxLength(64).IsFixedLength();
        builder.HasIndex(k => k.Hash).IsUnique();
        builder.HasOne(k => k.User).WithMany().HasForeignKey(k => k.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
