using Plenary.Application.Participation;
using Plenary.Domain.Meetings;
using Plenary.Domain.Participation;

namespace Plenary.UnitTests.Participation;

/// <summary>The preview of a registrations file, before anything is written: every good row placed, every bad row with its reason.</summary>
public sealed class RegistrationImportTests
{
    private static readonly IReadOnlyList<OrganizationView> Register =
    [
        new(Guid.NewGuid(), "Council of Europe", null, ParticipantCategory.IntergovernmentalOrganization, 1),
        new(Guid.NewGuid(), "International Criminal Police Organization", "INTERPOL", ParticipantCategory.IntergovernmentalOrganization, 1),
    ];

    private const string Header = "First Name,Last Name,Title,Affiliation,Country,Email,Participation mode";

    private static ImportPreview Preview(string csv, IReadOnlyList<Delegation>? existing = null) =>
        RegistrationImport.Preview(csv, existing ?? [], Register);

    [Fact]
    public void GoodRows_GoToTheDelegationOfTheirCountry_OrOfTheirAffiliationWhenTheRegisterHoldsIt()
    {
        var p = Preview($"""
            {Header}
            Thandi,Dlamini,Ms,Department of Justice,South Africa,t.dlamini@example.org,In person
            Sipho,Ndlovu,Mr,,ZAF,s.ndlovu@example.org,Online
            Alexander,Seger,Mr,Council of Europe,France,a.seger@example.org,in-person
            Ji-ho,Kim,Dr,Ministry of Justice,"Korea, Republic of",jh.kim@example.org,Virtual
            """);

        Assert.Empty(p.Problems);
        Assert.Equal(["Republic of Korea", "South Africa", "Council of Europe"], p.Delegations.Select(d => d.Name));
        var zaf = p.Delegations.Single(d => d.Name == "South Africa");
        Assert.Equal(["Ms. Thandi Dlamini", "Mr. Sipho Ndlovu"], zaf.Persons.Select(x => x.Name));
        Assert.Equal("Department of Justice", zaf.Persons[0].Function);
        Assert.Equal([ParticipationMode.InPerson, ParticipationMode.Online], zaf.Persons.Select(x => x.Mode));
        Assert.True(zaf.IsNew);
    }

    [Fact]
    public void BadRows_AreListedWithTheirRowColumnAndRule_AndLeftOut()
    {
        var p = Preview($"""
            {Header}
            Thandi,Dlamini,Ms,,South Africa,t.dlamini@example.org,In person
            Nobody,,Mr,,South Africa,nobody@example.org,In person
            Ann,Other,Ms,,Atlantis,ann@example.org,Online
            Bob,Same,Mr,,Brazil,T.DLAMINI@example.org,Online
            Carl,Mode,Mr,,Brazil,carl@example.org,Maybe
            Dan,Mail,Mr,,Brazil,not-an-address,Online
            """);

        Assert.Equal([(3, "Last name"), (4, "Country"), (5, "Email"), (6, "Participation mode"), (7, "Email")], p.Problems.Select(x => (x.Row, x.Column)));
        Assert.Contains("'Atlantis' is not a State in the register", p.Problems[1].Message);
        Assert.Contains("also on row 2", p.Problems[2].Message);
        Assert.Contains("'Maybe' is not a participation mode", p.Problems[3].Message);
        Assert.Equal(1, p.Persons);
    }

    [Fact]
    public void AnEmailAlreadyRegisteredForTheMeeting_IsABadRow_AndTheExistingDelegationIsCompleted()
    {
        var meeting = Meeting.Schedule(Guid.NewGuid(), 7, "Vienna", DateRange.Create(new(2021, 4, 6), new(2021, 4, 8)), MeetingFormat.Hybrid);
        var zaf = Delegation.Open(meeting, "ZAF", true, ParticipantCategory.MemberState);
        zaf.AddMember(PersonName.Create("Ms.", "Thandi", "Dlamini"), null, "t.dlamini@example.org", DelegationRole.Head, ParticipationMode.InPerson);

        var p = Preview($"""
            {Header}
            Thandi,Dlamini,Ms,,South Africa,t.dlamini@example.org,In person
            Sipho,Ndlovu,Mr,,South Africa,s.ndlovu@example.org,In person
            """, [zaf]);

        Assert.Contains("already registered on the delegation of South Africa", Assert.Single(p.Problems).Message);
        Assert.False(Assert.Single(p.Delegations).IsNew);
    }

    [Fact]
    public void AFileWithoutItsRequiredColumns_IsRefusedAsAWhole()
    {
        var p = Preview("Name,Country\nThandi Dlamini,South Africa\n");

        Assert.True(p.Unreadable);
        Assert.Contains(p.Problems, x => x.Column == "Last name" && x.Message.Contains("no 'Last name' column"));
        Assert.Empty(p.Delegations);
    }

    [Fact]
    public void Csv_ReadsQuotedFieldsWithCommasQuotesAndLineBreaks_AndSemicolonFiles()
    {
        var table = Csv.Parse("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n\"two\nlines\",z\r\n", 10);
        Assert.Equal(["a", "b"], table.Header);
        Assert.Equal([(2, "x, y"), (4, "two\nlines")], table.Rows.Select(r => (r.Row, r.Cells[0])));
        Assert.Equal("say \"hi\"", table.Rows[0].Cells[1]);
        Assert.Equal(["p", "q"], Csv.Parse("First;Last\np;q", 10).Rows[0].Cells);
        Assert.Throws<FormatException>(() => Csv.Parse("a,b\n\"open", 10));
    }
}
