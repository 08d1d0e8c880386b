using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Plenary.Application.Data.Migrations;

/// <summary>
/// A delegation is unique per State or per organization, not per name: an organization named "ZAF"
/// and South Africa each have their own delegation to a meeting.
/// </summary>
[DbContext(typeof(PlenaryDbContext))]
[Migration("20261127000000_ParticipantKinds")]
public sealed class ParticipantKinds : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.DropIndex("IX_delegations_BodyId_MeetingNumber_Participant", "delegations");
        m.CreateIndex("IX_delegations_BodyId_MeetingNumber_IsState_Participant", "delegations", ["BodyId", "MeetingNumber", "IsState", "Participant"], unique: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropIndex("IX_delegations_BodyId_MeetingNumber_IsState_Participant", "delegations");
        m.CreateIndex("IX_delegations_BodyId_MeetingNumber_Participant", "delegations", ["BodyId", "MeetingNumber", "Participant"], unique: true);
    }
}
