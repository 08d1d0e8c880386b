using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plenary.Application.Notifications;
using Plenary.Domain.Bodies;
using Plenary.Domain.Decisions;

namespace Plenary.Application.Data;

internal sealed class SilenceProcedureConfiguration : IEntityTypeConfiguration<SilenceProcedure>
{
    public void Configure(EntityTypeBuilder<SilenceProcedure> b)
    {
        b.ToTable("silence_procedures");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Title).HasMaxLength(SilenceProcedure.MaxTitle);
        b.Property(x => x.DecisionText).HasMaxLength(SilenceProcedure.MaxText);
        b.Property(x => x.FormatArrangements).HasMaxLength(500);
        b.Property(x => x.AttachedDocument).HasMaxLength(200);
        b.Property(x => x.DeadlineTimeZone).HasMaxLength(100);
        b.Property(x => x.ApplicationNote).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.BodyId, x.Number }).IsUnique();
        b.HasIndex(x => x.Status);
        b.Ignore(x => x.Deadline);
        b.Ignore(x => x.ProposedDates);
        b.Ignore(x => x.IsSilenceBroken);
        b.Ignore(x => x.Breaks);
        b.Ignore(x => x.NoObjections);
        b.Ignore(x => x.OutcomeOn);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.ProcedureId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Steps).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CircleMemberConfiguration : IEntityTypeConfiguration<CircleMember>
{
    public void Configure(EntityTypeBuilder<CircleMember> b)
    {
        b.ToTable("silence_circle_members");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.Representing).HasMaxLength(200);
        b.HasIndex(x => new { x.ProcedureId, x.UserId }).IsUnique();
    }
}

internal sealed class ProcedureStepConfiguration : IEntityTypeConfiguration<ProcedureStep>
{
    public void Configure(EntityTypeBuilder<ProcedureStep> b)
    {
        b.ToTable("silence_procedure_steps");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.By).HasMaxLength(300);
        b.Property(x => x.Text).HasMaxLength(10_000);
        b.Ignore(x => x.BreaksSilence);
        b.HasIndex(x => new { x.ProcedureId, x.Position }).IsUnique();
    }
}

internal sealed class SilenceSettingsConfiguration : IEntityTypeConfiguration<SilenceSettings>
{
    public void Configure(EntityTypeBuilder<SilenceSettings> b)
    {
        b.ToTable("silence_settings");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.DefaultTimeZone).HasMaxLength(100);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.Ignore(x => x.MinimumNotice);
        b.HasOne<Body>().WithMany().HasForeignKey(x => x.BodyId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.BodyId).IsUnique();
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(x => x.Id);
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Subject).HasMaxLength(300);
        b.Property(x => x.Text).HasMaxLength(20_000);
        b.Property(x => x.Link).HasMaxLength(500);
        b.Property(x => x.Email).HasMaxLength(256);
        b.Property(x => x.EmailError).HasMaxLength(1000);
        b.HasOne<Plenary.Application.Accounts.PlenaryUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.UserId, x.ReadAt });
        b.HasIndex(x => x.EmailSentAt);
    }
}
