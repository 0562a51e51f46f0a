using KpiDashboard.Web.Features.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Web.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.ToTable("audit_log");
        builder.Property(e => e.Actor).HasMaxLength(Features.Access.Actor.MaxNameLength);
        builder.Property(e => e.Action).HasMaxLength(60);
        builder.Property(e => e.Target).HasMaxLength(AuditLog.MaxTextLength);
        builder.Property(e => e.Detail).HasMaxLength(AuditLog.MaxDetailLength);
        builder.Property(e => e.Address).HasMaxLength(64);
        builder.HasIndex(e => e.At);
    }
}
